import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SegmentedClause } from '../../ingest/types';
import { segmentClauses } from '../../ingest/segment/segment-clauses';
import { CUAD_TXT_DIR, loadGoldSpans, type GoldSpan } from './gold-spans';
import { findContainingClause, trimSpan } from './span-containment';
import { quantile, roundTo } from './stats';

export interface CategoryShare {
  category: string;
  spans: number;
  inside: number;
  /** Percent of this category's gold spans inside one clause. */
  insidePct: number;
}

/** A gold span that crosses a clause boundary, with the clauses it touches, for inspection. */
export interface SegmentationFailure {
  fileName: string;
  category: string;
  start: number;
  end: number;
  /** The clauses overlapping the span, as [charStart, charEnd, number]. */
  clauses: Array<[number, number, string | null]>;
}

export interface SegmentationReport {
  dataset: 'segmentation';
  /** Metric values in percent, in the shape the other eval runners use. */
  metrics: { insideOneClause: number };
  spans: number;
  spansInside: number;
  documents: number;
  documentsWithGold: number;
  clauses: number;
  clausesPerDoc: number;
  /** Clause length in characters over all documents. */
  clauseChars: { median: number; p90: number; p99: number; max: number; mean: number };
  /** Ascending by share, so the worst categories come first. */
  byCategory: CategoryShare[];
  failures: SegmentationFailure[];
  segmentSeconds: number;
}

export interface EvaluateSegmentationOptions {
  sharedDir: string;
  /** How many failing spans to keep in the report (spread over the corpus); default 0. */
  failureSample?: number;
  /** The segmenter under test; default segmentClauses. */
  segment?: (text: string) => SegmentedClause[];
}

/**
 * The share of CUAD gold quotes that fall inside one clause, over all CUAD txt files.
 * Files are read as UTF-8 without any normalisation so gold offsets stay aligned.
 */
export async function evaluateSegmentation(options: EvaluateSegmentationOptions): Promise<SegmentationReport> {
  const { sharedDir, failureSample = 0, segment = segmentClauses } = options;
  const txtDir = path.join(sharedDir, CUAD_TXT_DIR);
  const fileNames = (await readdir(txtDir)).filter((f) => f.endsWith('.txt')).sort();
  const gold = await loadGoldSpans(sharedDir);

  const lengths: number[] = [];
  const perCategory = new Map<string, { spans: number; inside: number }>();
  const allFailures: SegmentationFailure[] = [];
  let spans = 0;
  let spansInside = 0;
  let documentsWithGold = 0;
  let segmentMs = 0;

  for (const fileName of fileNames) {
    const text = await readFile(path.join(txtDir, fileName), 'utf8');
    const t0 = performance.now();
    const clauses = segment(text);
    segmentMs += performance.now() - t0;
    for (const c of clauses) lengths.push(c.charEnd - c.charStart);

    const docGold = gold.get(fileName);
    if (!docGold) continue;
    documentsWithGold++;
    for (const g of docGold) {
      const ok = isInsideOneClause(text, clauses, g);
      spans++;
      if (ok) spansInside++;
      const cat = perCategory.get(g.category) ?? { spans: 0, inside: 0 };
      cat.spans++;
      if (ok) cat.inside++;
      perCategory.set(g.category, cat);
      if (!ok) allFailures.push(describeFailure(clauses, g));
    }
  }

  lengths.sort((a, b) => a - b);
  const total = lengths.reduce((a, b) => a + b, 0);
  const byCategory = [...perCategory.entries()]
    .map(([category, c]) => ({ category, ...c, insidePct: pct(c.inside, c.spans) }))
    .sort((a, b) => a.insidePct - b.insidePct || b.spans - a.spans);

  return {
    dataset: 'segmentation',
    metrics: { insideOneClause: pct(spansInside, spans) },
    spans,
    spansInside,
    documents: fileNames.length,
    documentsWithGold,
    clauses: lengths.length,
    clausesPerDoc: fileNames.length ? roundTo(lengths.length / fileNames.length, 1) : 0,
    clauseChars: {
      median: quantile(lengths, 0.5),
      p90: quantile(lengths, 0.9),
      p99: quantile(lengths, 0.99),
      max: lengths.at(-1) ?? 0,
      mean: lengths.length ? Math.round(total / lengths.length) : 0,
    },
    byCategory,
    failures: spreadSample(allFailures, failureSample),
    segmentSeconds: roundTo(segmentMs / 1000, 2),
  };
}

function isInsideOneClause(text: string, clauses: SegmentedClause[], g: GoldSpan): boolean {
  const [s, e] = trimSpan(text, g.start, g.end);
  if (e <= s) return true; // an all-whitespace quote cannot cross anything
  return findContainingClause(clauses, s, e) >= 0;
}

function describeFailure(clauses: SegmentedClause[], g: GoldSpan): SegmentationFailure {
  const touching = clauses
    .filter((c) => c.charEnd > g.start && c.charStart < g.end)
    .map((c): [number, number, string | null] => [c.charStart, c.charEnd, c.number]);
  return { fileName: g.fileName, category: g.category, start: g.start, end: g.end, clauses: touching };
}

/** Every k-th item, so a sample is not dominated by the first few documents. */
function spreadSample<T>(items: T[], n: number): T[] {
  if (n <= 0 || items.length === 0) return [];
  if (items.length <= n) return items;
  const step = items.length / n;
  return Array.from({ length: n }, (_, i) => items[Math.floor(i * step)]!);
}

function pct(part: number, whole: number): number {
  return whole ? roundTo((100 * part) / whole, 2) : 0;
}
