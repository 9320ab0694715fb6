import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateSegmentation } from '../../../../../src/main/engine/eval/segmentation/evaluate-segmentation';
import { formatSegmentationReport } from '../../../../../src/main/engine/eval/segmentation/format-report';
import { CUAD_GOLD_FILE, CUAD_TXT_DIR } from '../../../../../src/main/engine/eval/segmentation/gold-spans';

/** Two invented contracts laid out as the shared data folder lays out CUAD. */
const DOC_A = [
  '1. Term. This Agreement lasts two years.',
  '',
  '2. Fees. The Buyer pays 100 dollars a month.',
  '',
  '3. Law. English law governs.',
].join('\n');
const DOC_B = 'Recital one.\n\nRecital two.';

function span(doc: string, quote: string, padding = 0): [number, number] {
  const at = doc.indexOf(quote);
  if (at < 0) throw new Error(quote);
  return [at - padding, at + quote.length];
}

let sharedDir = '';

beforeAll(async () => {
  sharedDir = await mkdtemp(path.join(tmpdir(), 'seg-eval-'));
  const txtDir = path.join(sharedDir, CUAD_TXT_DIR);
  await mkdir(txtDir, { recursive: true });
  await writeFile(path.join(txtDir, 'A.txt'), DOC_A);
  await writeFile(path.join(txtDir, 'B.txt'), DOC_B);
  const tests = [
    // Inside clause 2, with the whitespace before it included in the gold span.
    { cuad_category: 'Fees', snippets: [{ file_path: 'cuad/A.txt', span: span(DOC_A, 'The Buyer pays', 2) }] },
    // Across clauses 1 and 2.
    { cuad_category: 'Term', snippets: [{ file_path: 'cuad/A.txt', span: span(DOC_A, 'two years.\n\n2. Fees') }] },
    // Across the two recital paragraphs, then inside one of them.
    { cuad_category: 'Parties', snippets: [{ file_path: 'cuad/B.txt', span: span(DOC_B, 'one.\n\nRecital') }] },
    { cuad_category: 'Parties', snippets: [{ file_path: 'cuad/B.txt', span: span(DOC_B, 'Recital two') }] },
  ];
  const goldPath = path.join(sharedDir, CUAD_GOLD_FILE);
  await mkdir(path.dirname(goldPath), { recursive: true });
  await writeFile(goldPath, JSON.stringify({ tests }));
});

afterAll(async () => {
  await rm(sharedDir, { recursive: true, force: true });
});

describe('evaluateSegmentation', () => {
  it('counts gold spans inside one clause, per document and category', async () => {
    const report = await evaluateSegmentation({ sharedDir, failureSample: 5 });
    expect(report.spans).toBe(4);
    expect(report.spansInside).toBe(2);
    expect(report.metrics.insideOneClause).toBe(50);
    expect(report.documents).toBe(2);
    expect(report.documentsWithGold).toBe(2);
    expect(report.clauses).toBe(5);
    expect(report.clausesPerDoc).toBe(2.5);
    expect(report.clauseChars.max).toBe(DOC_A.indexOf('\n\n3.') - DOC_A.indexOf('2.'));
    expect(report.byCategory.map((c) => [c.category, c.insidePct])).toEqual([
      ['Term', 0],
      ['Parties', 50],
      ['Fees', 100],
    ]);
    expect(report.failures.map((f) => f.fileName)).toEqual(['A.txt', 'B.txt']);
    expect(report.failures[0]!.clauses.map(([, , n]) => n)).toEqual(['1', '2']);
  });

  it('scores whatever segmenter it is given', async () => {
    const oneClause = (text: string) => [{ number: null, heading: null, path: [], level: 0, charStart: 0, charEnd: text.length }];
    const report = await evaluateSegmentation({ sharedDir, segment: oneClause });
    expect(report.metrics.insideOneClause).toBe(100);
  });

  it('formats a table with the share and the clause-length figures', async () => {
    const table = formatSegmentationReport(await evaluateSegmentation({ sharedDir }));
    expect(table).toContain('50.00 %  (2 / 4)');
    expect(table).toContain('median / p90 / p99 / max');
    expect(table).toContain('Term');
  });
});
