import { describe, expect, it } from 'vitest';
import { detectPrintedPages, citablePrintedLabel } from '../../../../../src/main/engine/ingest/printed-pages/detect-printed-pages';
import { fromRoman, readPageLabel, toRoman } from '../../../../../src/main/engine/ingest/printed-pages/page-label';
import { extractPdfText } from '../../../../../src/main/engine/ingest/pdf/extract-pdf';
import { bodyPages, makePrintedPagePdf } from '../../../../fixtures/printed-page-pdf';

/** Pages with the given footer lines (null: none) under a few lines of body text. */
function pages(footers: Array<string | null>) {
  return footers.map((footer, i) => ({
    pageNumber: i + 1,
    lines: [
      { text: `${i + 1}. Heading of clause ${i + 1}` },
      { text: 'The Supplier shall deliver the Goods.' },
      { text: 'The Buyer shall pay within sixty days.' },
      { text: 'Each party shall keep records.' },
      { text: 'Notices are given in writing.' },
      { text: 'This Agreement is governed by English law.' },
      { text: 'Signed by both parties.' },
      { text: 'Counterparts are allowed.' },
      { text: 'Headings are for convenience only.' },
      ...(footer === null ? [] : [{ text: footer }]),
    ],
  }));
}

describe('readPageLabel', () => {
  it.each([
    ['52', 'arabic', '52'],
    ['- 52 -', 'arabic', '52'],
    ['-2-', 'arabic', '2'],
    ['[7]', 'arabic', '7'],
    ['Page 52 of 110', 'arabic', '52'],
    ['Page 9', 'arabic', '9'],
    ['52 of 110', 'arabic', '52'],
    ['Supply Agreement – Page 4 of 20', 'arabic', '4'],
    ['A-3', 'prefix:A', 'A-3'],
    ['Page B-12', 'prefix:B', 'B-12'],
    ['iv', 'roman', 'iv'],
    ['xiv', 'roman', 'xiv'],
    ['IX', 'ROMAN', 'IX'],
  ])('reads %j as %s %s', (line, scheme, label) => {
    expect(readPageLabel(line)).toMatchObject({ scheme, label });
  });

  it.each(['1162967.3', '2019', 'iiii', 'The Supplier shall deliver', '0', '12.3 Payment', 'Exhibit 10.1'])('reads no page number in %j', (line) => {
    expect(readPageLabel(line)).toBeNull();
  });

  it('converts roman numerals both ways and refuses non-canonical ones', () => {
    for (let n = 1; n <= 60; n++) expect(fromRoman(toRoman(n))).toBe(n);
    expect(fromRoman('vx')).toBeNull();
  });
});

describe('detectPrintedPages', () => {
  it('trusts numbers that run in sequence, offset from the PDF position', () => {
    const found = detectPrintedPages(pages([null, null, '1', '2', '3', '4']));
    expect(found.map((p) => [p.label, p.check])).toEqual([
      [null, null],
      [null, null],
      ['1', 'sequence'],
      ['2', 'sequence'],
      ['3', 'sequence'],
      ['4', 'sequence'],
    ]);
  });

  it('keeps roman front matter and the arabic body apart', () => {
    const found = detectPrintedPages(pages(['i', 'ii', 'iii', '1', '2', '3']));
    expect(found.map((p) => p.label)).toEqual(['i', 'ii', 'iii', '1', '2', '3']);
    expect(found.every((p) => p.check === 'sequence')).toBe(true);
  });

  it('fills a page without a footer inside a run, and leaves a lone or contradicting number unchecked', () => {
    const found = detectPrintedPages(pages(['Page 1 of 6', null, 'Page 3 of 6', 'Page 4 of 6', '17', 'Page 6 of 6']));
    expect(found[1]).toMatchObject({ label: '2', check: 'inferred' });
    // "17" on page 5 is a stray number: its neighbours say 4 and 6.
    expect(found[4]).toMatchObject({ label: '17', check: 'unchecked' });
    expect(citablePrintedLabel(found[4])).toBeNull();
    expect(citablePrintedLabel(found[5])).toBe('6');
  });

  it('trusts nothing when numbers do not increase by one (a form number, a date)', () => {
    const found = detectPrintedPages(pages(['7', '7', '7', '7']));
    expect(found.every((p) => p.check === 'unchecked')).toBe(true);
    expect(found.every((p) => citablePrintedLabel(p) === null)).toBe(true);
  });

  it('reads appendix numbering A-1, A-2 as its own sequence', () => {
    const found = detectPrintedPages(pages(['1', '2', 'A-1', 'A-2', 'A-3']));
    expect(found.map((p) => [p.label, p.check])).toEqual([
      ['1', 'sequence'],
      ['2', 'sequence'],
      ['A-1', 'sequence'],
      ['A-2', 'sequence'],
      ['A-3', 'sequence'],
    ]);
  });
});

describe('printed pages through the PDF reader (generated PDFs)', () => {
  it('reads offset arabic numbering after a cover and roman front matter', async () => {
    const bytes = await makePrintedPagePdf({ unnumbered: 1, roman: 3, body: bodyPages(6), skipFooterOn: [2] });
    const { pages: spans, text } = await extractPdfText(bytes);
    expect(spans.map((p) => p.printedLabel ?? null)).toEqual([null, 'i', 'ii', 'iii', '1', '2', '3', '4', '5', '6']);
    expect(spans.map((p) => p.printedCheck ?? null)).toEqual([null, 'sequence', 'sequence', 'sequence', 'sequence', 'sequence', 'inferred', 'sequence', 'sequence', 'sequence']);
    // The footers themselves are still removed from the text.
    expect(text).not.toMatch(/- \d -/);
  });

  it('reads "Page N of M" footers that start at a later number', async () => {
    const bytes = await makePrintedPagePdf({ unnumbered: 0, roman: 0, body: bodyPages(4), firstBodyNumber: 47, footer: (n) => `Page ${n} of 60` });
    const { pages: spans } = await extractPdfText(bytes);
    expect(spans.map((p) => p.printedLabel)).toEqual(['47', '48', '49', '50']);
  });
});
