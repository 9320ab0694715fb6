import { describe, expect, it } from 'vitest';
import { joinHyphenatedWords } from '../../../../../src/main/engine/ingest/pdf/hyphenation';
import type { PageLines, PdfLine } from '../../../../../src/main/engine/ingest/pdf/layout-types';
import { markParagraphBreaks } from '../../../../../src/main/engine/ingest/pdf/paragraph-breaks';
import { usableTitle } from '../../../../../src/main/engine/ingest/pdf/pdf-title';
import { isBarePageNumber, removeRunningLines } from '../../../../../src/main/engine/ingest/pdf/running-lines';

const HEIGHT = 792;

function line(text: string, y: number, x = 72, size = 10): PdfLine {
  return { text, x, xEnd: x + 450, y, size, breakBefore: false };
}

/** A page: header lines from y = 40, body lines 12 points apart from y = 100, footers from y = 750. */
function page(pageNumber: number, body: string[], top: string[] = [], bottom: string[] = []): PageLines {
  const lines = [
    ...top.map((text, i) => line(text, 40 + 12 * i)),
    ...body.map((text, i) => line(text, 100 + 12 * i)),
    ...bottom.map((text, i) => line(text, 750 + 12 * i)),
  ];
  return { pageNumber, height: HEIGHT, lines };
}

const texts = (pages: PageLines[]): string[][] => pages.map((p) => p.lines.map((l) => l.text));

describe('removeRunningLines', () => {
  it('recognises bare page numbers in their usual forms', () => {
    for (const label of ['3', '- 3 -', '–12–', 'Page 3', 'Page 3 of 10', 'page 3 / 10', '3 | Page', '[3]', 'iv']) {
      expect(isBarePageNumber(label), label).toBe(true);
    }
    for (const label of ['1.', '3. Term', 'Page 3 of the Schedule', '(iv)', '2024 Agreement']) {
      expect(isBarePageNumber(label), label).toBe(false);
    }
  });

  // Ten body lines that differ from page to page even with numbers ignored.
  const letters = 'abcdefghijklmnop';
  const body = (n: number): string[] =>
    Array.from({ length: 10 }, (_, i) => `Clause ${n}.${i + 1} sets out term ${letters[n]}${letters[i]}.`);

  it('removes headers and footers that repeat on half the pages, numbers ignored', () => {
    const pages = [1, 2, 3, 4].map((n) =>
      page(n, body(n), ['ACME Corp. — Supply Agreement'], [`Doc ID 7781-${n} Rev ${n}`, `${n}`]),
    );
    expect(texts(removeRunningLines(pages))).toEqual([1, 2, 3, 4].map(body));
  });

  it('leaves lines that repeat on fewer than half the pages, and body lines in the middle', () => {
    const pages = [1, 2, 3, 4, 5].map((n) => page(n, body(n), n <= 2 ? ['ACME Corp.'] : []));
    pages[0]!.lines.splice(6, 0, line('ACME Corp.', 160));
    const result = texts(removeRunningLines(pages));
    expect(result[0]).toEqual(['ACME Corp.', ...body(1).slice(0, 5), 'ACME Corp.', ...body(1).slice(5)]);
    expect(result[1]).toEqual(['ACME Corp.', ...body(2)]);
  });

  it('keeps a page-1 title that reads like the running header but is set larger', () => {
    const pages = [1, 2, 3].map((n) => page(n, body(n), n === 1 ? [] : ['SERVICES AGREEMENT']));
    pages[0]!.lines.unshift(line('SERVICES AGREEMENT', 80, 200, 16));
    expect(texts(removeRunningLines(pages))).toEqual([['SERVICES AGREEMENT', ...body(1)], body(2), body(3)]);
  });

  it('finds a footer that floats with the end of the text and peels it with its page number', () => {
    const pages = [1, 2, 3].map((n) => {
      const p = page(n, body(n).slice(0, 4 + n));
      const end = p.lines.at(-1)!.y;
      p.lines.push(line('Confidential treatment requested.', end + 20), line(`${n}`, end + 32));
      return p;
    });
    expect(texts(removeRunningLines(pages))).toEqual([1, 2, 3].map((n) => body(n).slice(0, 4 + n)));
  });

  it('needs identical text on both pages of a two-page document', () => {
    const same = [1, 2].map((n) => page(n, body(n), ['Draft of 3 May']));
    expect(texts(removeRunningLines(same))).toEqual([body(1), body(2)]);
    const differing = [1, 2].map((n) => page(n, body(n), [`Schedule ${n} to the Agreement`]));
    expect(texts(removeRunningLines(differing))).toEqual([
      [`Schedule 1 to the Agreement`, ...body(1)],
      [`Schedule 2 to the Agreement`, ...body(2)],
    ]);
  });
});

describe('markParagraphBreaks', () => {
  it('breaks where the gap is clearly wider than the usual line pitch', () => {
    const ys = [100, 112, 124, 148, 160, 172, 184, 208, 220];
    const [marked] = markParagraphBreaks([{ pageNumber: 1, height: HEIGHT, lines: ys.map((y, i) => line(`L${i}`, y)) }]);
    expect(marked!.lines.filter((l) => l.breakBefore).map((l) => l.text)).toEqual(['L3', 'L7']);
  });

  it('breaks before an indented first line that follows a short line, not inside a hanging indent', () => {
    const lines: PdfLine[] = [
      { ...line('(a) The Supplier shall deliver the Goods to the Site on the', 100, 72), xEnd: 540 },
      { ...line('Delivery Date and in the quantities ordered.', 112, 100), xEnd: 330 },
      { ...line('Each Order is a separate contract between the parties and', 124, 100), xEnd: 540 },
      { ...line('binds them both on acceptance.', 136, 72), xEnd: 260 },
      { ...line('The Customer shall inspect the Goods on delivery and', 148, 100), xEnd: 540 },
      { ...line('notify defects within five days.', 160, 72), xEnd: 300 },
      { ...line('full width continuation line of the text block here', 172, 72), xEnd: 540 },
    ];
    const [marked] = markParagraphBreaks([{ pageNumber: 1, height: HEIGHT, lines }]);
    expect(marked!.lines.filter((l) => l.breakBefore).map((l) => l.text.slice(0, 4))).toEqual(['Each', 'The ']);
  });
});

describe('joinHyphenatedWords', () => {
  const run = (...pages: string[][]): string[][] =>
    texts(joinHyphenatedWords(pages.map((body, i) => page(i + 1, body))));

  it('joins a word split by a line-end hyphen, across pages too', () => {
    expect(run(['duty of indem-', 'nification survives.'])).toEqual([['duty of indemnification', 'survives.']]);
    expect(run(['the Supplier shall indem-'], ['nify, defend and hold'])).toEqual([['the Supplier shall indemnify,'], ['defend and hold']]);
    expect(run(['a soft hyphen in indem\u00ad', 'nity and in\u00adside a line'])).toEqual([['a soft hyphen in indemnity', 'and inside a line']]);
  });

  it('keeps a hyphen before a capital or a digit and in compounds the document uses', () => {
    expect(run(['assign to a non-', 'Affiliate party'])).toEqual([['assign to a non-', 'Affiliate party']]);
    expect(run(['see Schedule 5-', '2 below'])).toEqual([['see Schedule 5-', '2 below']]);
    expect(run(['a royalty-free licence; a royalty-', 'free sublicence'])).toEqual([['a royalty-free licence; a royalty-free', 'sublicence']]);
    expect(run(['any non-', 'exclusive licence'])).toEqual([['any non-exclusive', 'licence']]);
    expect(run(['the fully paid price is fully-', 'paid now'])).toEqual([['the fully paid price is fully-paid', 'now']]);
  });

  it('leaves a line-end hyphen alone before a paragraph break', () => {
    const pages = [page(1, ['Options:', 'the next part'])];
    pages[0]!.lines[0]!.text = 'Options: A-';
    pages[0]!.lines[1]!.breakBefore = true;
    expect(texts(joinHyphenatedWords(pages))).toEqual([['Options: A-', 'the next part']]);
  });
});

describe('usableTitle', () => {
  it.each([
    ['Master Services Agreement', 'Master Services Agreement'],
    ['  Master\u00a0Services   Agreement ', 'Master Services Agreement'],
    ['Microsoft Word - MSA_Acme_final.docx', 'MSA Acme final'],
    ['Stripe_Atlas_Mutual_Nondisclosure_Agreement_-_FORM', 'Stripe Atlas Mutual Nondisclosure Agreement - FORM'],
    ['C:\\Users\\jo\\Desktop\\Lease.pdf', 'Lease'],
    ['Untitled', null],
    ['untitled document', null],
    ['Document1', null],
    ['Microsoft Word - Document2.docx', null],
    ['', null],
    ['   ', null],
    ['12345', null],
    [undefined, null],
    [42, null],
  ])('%j → %j', (raw, expected) => {
    expect(usableTitle(raw)).toBe(expected);
  });
});
