/**
 * The extractor on the real contracts of ../shared/eval-data (skipped without them):
 * CUAD filings compared with CUAD's own text, other producers for robustness, and a
 * genuine scan with its OCR layer removed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractPdfText } from '../../../../../src/main/engine/ingest/pdf/extract-pdf';
import { evalData, hasEvalData, pdfsIn, readBytes } from './shared-data';

const CUAD_PDFS = 'raw/cuad_v1_pdf_sample';
const OTHER_PDFS = 'raw/contract_pdfs_docuinsight';
const SERVICE_AGREEMENT = 'BICYCLETHERAPEUTICSPLC_03_10_2020-EX-10.11-SERVICE AGREEMENT';

/** Quotes and spacing vary between CUAD's text and the PDF; compare without them. */
const comparable = (line: string): string =>
  line
    .normalize('NFKC')
    .replace(/[“”"‘’']/g, '')
    .replace(/\s+/g, ' ')
    .trim();

describe.skipIf(!hasEvalData)('extractPdfText on real PDFs', () => {
  afterEach(() => vi.restoreAllMocks());

  it('starts every clause of a born-digital CUAD contract on its own line, as CUAD’s text does', async () => {
    const result = await extractPdfText(readBytes(path.join(evalData, CUAD_PDFS, `${SERVICE_AGREEMENT}.PDF`)));
    const truth = fs.readFileSync(path.join(evalData, 'raw/cuad_v1/full_contract_txt', `${SERVICE_AGREEMENT}.txt`), 'utf8');
    const clauseStart = /^((\d+\.)+\d*|\([a-z]{1,3}\)|[ivx]+\.)\s+\S/;
    const expected = truth
      .split('\n')
      .map(comparable)
      .filter((line) => clauseStart.test(line))
      .map((line) => line.slice(0, 24));
    const ourLines = result.text.split('\n').map(comparable);
    expect(expected.length).toBeGreaterThan(100);
    const missing = expected.filter((start) => !ourLines.some((line) => line.startsWith(start)));
    expect(missing).toEqual([]);

    expect(result.pages).toHaveLength(22);
    const pageOf = (phrase: string): number | undefined => {
      const at = result.text.indexOf(phrase);
      return result.pages.find((page) => at >= page.charStart && at < page.charEnd)?.pageNumber;
    };
    expect(pageOf('1.1 This Agreement shall take effect')).toBe(2);
    expect(pageOf('5.3 The Company operates a death in service scheme')).toBe(5);
    // The bare page numbers at the foot of each page are gone.
    expect(result.text.split('\n').filter((line) => /^\d{1,2}$/.test(line))).toEqual([]);
  });

  it('reads every real contract with its headers and footers removed, quietly', async () => {
    const files = [...pdfsIn(CUAD_PDFS), ...pdfsIn(OTHER_PDFS)];
    expect(files).toHaveLength(12);
    const spies = (['log', 'info', 'warn', 'error'] as const).map((level) => vi.spyOn(console, level));
    for (const file of files) {
      const result = await extractPdfText(readBytes(file));
      const name = path.basename(file);
      expect(result.text.length, name).toBeGreaterThan(1000 * Math.min(3, result.pages.length));
      expect(result.pages.at(-1)!.charEnd, name).toBe(result.text.length);
      // No line should still open or close most pages.
      const edges = new Map<string, number>();
      for (const page of result.pages) {
        const lines = result.text.slice(page.charStart, page.charEnd).split('\n').filter(Boolean);
        for (const edge of new Set([lines[0], lines.at(-1)])) {
          if (edge) edges.set(edge.replace(/\d+/g, '#'), (edges.get(edge.replace(/\d+/g, '#')) ?? 0) + 1);
        }
      }
      const repeated = [...edges].filter(([, count]) => count >= Math.max(3, result.pages.length / 2));
      expect(repeated, name).toEqual([]);
    }
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });

  it('OCRs a genuine scan without its OCR layer, every page, with word boxes', async () => {
    const [scan] = pdfsIn('derived/scanned_image_only_pdf');
    expect(scan).toBeDefined();
    const extracted = await extractPdfText(readBytes(scan!));
    expect(extracted.ocr?.pages).toEqual([1, 2, 3, 4]);
    expect(extracted.text).toMatch(/LIQUIDITY MAINTENANCE/);
    expect(extracted.text).toMatch(/1\. Completion Commitment/);
    expect(extracted.ocr!.meanConfidence).toBeGreaterThan(60);
    const word = extracted.ocr!.words[5]!;
    expect(extracted.text.slice(word.charStart, word.charEnd)).not.toMatch(/\s/);
  });
});
