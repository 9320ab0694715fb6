import { degrees, PDFDocument, StandardFonts } from 'pdf-lib';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { extractPdfText } from '../../../../../src/main/engine/ingest/pdf/extract-pdf';
import type { ExtractedText } from '../../../../../src/main/engine/ingest/types';
import {
  makeContractPdf,
  makeCorruptPdf,
  makeEncryptedPdf,
  makeImageOnlyPdf,
  makeNotAPdf,
  makeSampleContractPdf,
  SAMPLE_CONTRACT_FACTS as FACTS,
} from '../../../../fixtures/pdf-fixtures';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const startsALine = (text: string, start: string): boolean => new RegExp(`(^|\\n)${escape(start)}`).test(text);
const pageOf = (result: ExtractedText, offset: number): number | undefined =>
  result.pages.find((page) => offset >= page.charStart && offset < page.charEnd)?.pageNumber;

describe('extractPdfText on the generated sample contract', () => {
  let result: ExtractedText;
  beforeAll(async () => {
    result = await extractPdfText(await makeSampleContractPdf());
  });

  it('reads the metadata title', () => {
    expect(result.title).toBe(FACTS.title);
  });

  it('keeps reading order from the first line to the last', () => {
    expect(result.text.startsWith('MASTER SERVICES AGREEMENT\n\n')).toBe(true);
    const order = ['RECITALS', '1. DEFINITIONS', '(c) emergency', 'ARTICLE III', 'ARTICLE IV', '5.2 Force Majeure'];
    const positions = order.map((marker) => result.text.indexOf(marker));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(result.text.endsWith('By: Tobias Wren, Chief Operating Officer')).toBe(true);
  });

  it('starts every clause number on its own line', () => {
    for (const start of FACTS.lineStarts) expect(startsALine(result.text, start), start).toBe(true);
  });

  it('separates paragraphs with a blank line and lines with a newline', () => {
    expect(result.text).toContain('(the “Effective Date”) by and between');
    expect(result.text).toContain('Customer”).\n\nRECITALS\n\nA. Supplier');
    expect(result.text).toContain('including:\n(a) preventive');
  });

  it('drops the running header and the page-number footers', () => {
    expect(result.text).not.toContain('CONFIDENTIAL');
    expect(result.text).not.toMatch(/Page \d+ of \d+/);
  });

  it('joins a word hyphenated across a line end and keeps real hyphens', () => {
    expect(result.text).toContain(FACTS.hyphenJoined);
    expect(result.text).not.toContain('indem-');
    expect(result.text).toContain(FACTS.compoundKept);
    expect(result.text).toContain(FACTS.hyphenBeforeCapital);
  });

  it('maps each page to its span of the text', () => {
    expect(result.pages.map((page) => page.pageNumber)).toEqual([1, 2, 3]);
    expect(result.pages[0]!.charStart).toBe(0);
    expect(result.pages.at(-1)!.charEnd).toBe(result.text.length);
    for (let i = 1; i < result.pages.length; i++) {
      expect(result.text.slice(result.pages[i - 1]!.charEnd, result.pages[i]!.charStart)).toBe('\n\n');
    }
    for (const { phrase, page } of FACTS.phraseOnPage) {
      const at = result.text.indexOf(phrase);
      expect(at, phrase).toBeGreaterThanOrEqual(0);
      expect(pageOf(result, at), phrase).toBe(page);
    }
  });

  it('normalises whitespace', () => {
    expect(result.text).not.toMatch(/\r| {2}|\u00a0|\n{3}|[ \t]\n|\n[ \t]/);
  });
});

describe('extractPdfText on other layouts', () => {
  it('gives an empty page an empty span and no extra blank lines', async () => {
    const first = 'Page one: the Seller sells the Shares to the Buyer.';
    const third = 'Page three: the Buyer pays the Price on Completion.';
    const result = await extractPdfText(await makeContractPdf({ pages: [[first], [], [third]] }));
    expect(result.text).toBe(`${first}\n\n${third}`);
    expect(result.pages.map(({ pageNumber, charStart, charEnd }) => ({ pageNumber, charStart, charEnd }))).toEqual([
      { pageNumber: 1, charStart: 0, charEnd: first.length },
      { pageNumber: 2, charStart: first.length, charEnd: first.length },
      { pageNumber: 3, charStart: first.length + 2, charEnd: result.text.length },
    ]);
  });

  it('reads lines top to bottom even when the content stream draws them bottom up', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage([612, 792]);
    const lines = ['1. The first clause is at the top.', '2. The second clause follows.', '3. The third clause ends it.'];
    for (let i = lines.length - 1; i >= 0; i--) page.drawText(lines[i]!, { x: 72, y: 700 - 14 * i, size: 11, font });
    expect((await extractPdfText(await doc.save())).text).toBe(lines.join('\n'));
  });

  it('reads a page turned by /Rotate as it is displayed', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage([612, 792]);
    page.setRotation(degrees(90));
    const lines = ['Schedule 2 (landscape): the first row of the table.', 'The second row of the landscape table.'];
    // Drawn a quarter turn anticlockwise, so that the clockwise /Rotate shows it upright.
    lines.forEach((line, i) => page.drawText(line, { x: 100 + 14 * i, y: 100, size: 11, font, rotate: degrees(90) }));
    expect((await extractPdfText(await doc.save())).text).toBe(lines.join('\n'));
  });

  it('removes an identical header from a two-page document and keeps bare-number footers out', async () => {
    const bytes = await makeContractPdf({
      header: 'Share Purchase Agreement — Execution Version',
      footer: '7',
      pages: [['1. The Seller sells the Shares.'], ['2. The Buyer pays the Price.']],
    });
    const result = await extractPdfText(bytes);
    expect(result.text).toBe('1. The Seller sells the Shares.\n\n2. The Buyer pays the Price.');
  });

  it('folds ligatures, non-breaking spaces and odd spaces', async () => {
    // pdf-lib cannot encode ligature glyphs with a standard font, so the NBSP stands in.
    const bytes = await makeContractPdf({ pages: [['Effective\u00a0Date: 1\u00a0May 2024, the   Parties agree.']] });
    const result = await extractPdfText(bytes);
    expect(result.text).toBe('Effective Date: 1 May 2024, the Parties agree.');
  });

  it('returns null for a placeholder title and leaves the caller’s bytes intact', async () => {
    const bytes = await makeContractPdf({ title: 'Microsoft Word - Document1.docx', pages: [['A short but real agreement text.']] });
    const copy = bytes.slice();
    const result = await extractPdfText(bytes);
    expect(result.title).toBeNull();
    expect(bytes).toEqual(copy);
  });
});

describe('extractPdfText on bad input', () => {
  const cases: Array<[string, () => Uint8Array | Promise<Uint8Array>, string, string]> = [
    ['an empty file', () => new Uint8Array(0), 'empty-file', 'The file is empty (0 bytes).'],
    [
      'a PNG renamed to .pdf',
      makeNotAPdf,
      'not-a-pdf',
      'This file is not a PDF (it has no PDF header); it may be another format renamed to .pdf.',
    ],
    [
      'plain text',
      () => new TextEncoder().encode('This is not a PDF at all.\n'),
      'not-a-pdf',
      'This file is not a PDF (it has no PDF header); it may be another format renamed to .pdf.',
    ],
    [
      'a password-protected PDF',
      makeEncryptedPdf,
      'encrypted-pdf',
      'This PDF is password-protected; remove the password and add it again.',
    ],
    ['a truncated PDF', makeCorruptPdf, 'corrupt-pdf', 'This PDF is damaged or incomplete and could not be read.'],
    [
      'a PDF header followed by garbage',
      () => new TextEncoder().encode(`%PDF-1.7\n${'garbage '.repeat(200)}\n%%EOF\n`),
      'corrupt-pdf',
      'This PDF is damaged or incomplete and could not be read.',
    ],
    [
      'an image-only (scanned) PDF',
      () => makeImageOnlyPdf(),
      'no-text-layer',
      // OCR ran and found no words in the image.
      'This PDF has no text layer and its scan could not be read by OCR; check that the scan is legible.',
    ],
  ];

  it.each(cases)('rejects %s', async (_label, make, code, message) => {
    const error = await extractPdfText(await make()).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'IngestError', code, message });
  });

  it('treats a stamp on every page of a scan as no text layer', async () => {
    const bytes = await makeContractPdf({ footer: 'Scanned', pages: [[], [], []] });
    await expect(extractPdfText(bytes)).rejects.toMatchObject({ code: 'no-text-layer' });
  });
});

describe('extractPdfText cancellation and hygiene', () => {
  afterEach(() => vi.restoreAllMocks());

  it('rethrows the AbortError of a signal aborted before or during extraction', async () => {
    const bytes = await makeSampleContractPdf();
    await expect(extractPdfText(bytes, { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
    const controller = new AbortController();
    const pending = extractPdfText(bytes, { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('keeps pdf.js quiet on good and bad input', async () => {
    const spies = (['log', 'info', 'warn', 'error'] as const).map((level) => vi.spyOn(console, level));
    await extractPdfText(await makeSampleContractPdf());
    for (const make of [makeEncryptedPdf, makeCorruptPdf, () => makeImageOnlyPdf()]) {
      await extractPdfText(await make()).catch(() => undefined);
    }
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });
});
