/**
 * The PDF highlight's text matching, against the text items pdf.js really produces for
 * the sample contract (read here with pdf.js's Node build, as the engine reads PDFs).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { makeSampleContractPdf } from '../fixtures/pdf-fixtures';
import { matchClauseOnPage } from '../../src/renderer/src/lib/page-text-match';

let pages: string[][];

beforeAll(async () => {
  const pdf = await getDocument({ data: await makeSampleContractPdf(), isEvalSupported: false, useSystemFonts: false, verbosity: VerbosityLevel.ERRORS }).promise;
  pages = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.flatMap((item) => ('str' in item ? [item.str] : [])));
  }
  await pdf.destroy();
});

const covered = (items: string[], clause: string) => matchClauseOnPage(items, clause).map((span) => items[span.item]!.slice(span.start, span.end));

describe('matching a clause to the text items of its PDF page', () => {
  it('covers exactly the lines of a clause, as stored (lines joined, quotes kept)', () => {
    const clause =
      '5.2 Force Majeure. Neither party is liable for any delay or failure to perform caused by flood, fire, earthquake, epidemic, war, strikes or other acts of God beyond its reasonable control, provided it notifies the other party promptly.';
    const lines = covered(pages[2]!, clause);
    expect(lines[0]).toMatch(/^5\.2 Force Majeure/);
    expect(lines.join(' ')).toContain('acts of God');
    // The full stop after the last word is marked too.
    expect(lines.at(-1)).toMatch(/promptly\.$/);
    expect(lines.some((l) => l.includes('5.3 Governing Law'))).toBe(false);
  });

  it('follows a word the PDF hyphenates across a line end and the stored text joins', () => {
    const clause =
      '4.1 Supplier shall defend and hold harmless Customer against any third-party claim that the Software infringes intellectual property rights. Supplier’s duty of indemnification under this Section 4.1 survives termination of this Agreement.';
    const lines = covered(pages[1]!, clause);
    expect(lines).toHaveLength(3);
    expect(lines.at(-1)).toMatch(/survives termination of this Agreement/);
  });

  it('finds nothing for text that is not on the page', () => {
    expect(matchClauseOnPage(pages[0]!, 'A clause about something this contract never says at all.')).toEqual([]);
    expect(matchClauseOnPage(pages[0]!, '')).toEqual([]);
  });
});
