/**
 * LegalBench-RAG runner: one retriever over every document the tests reference (all
 * datasets together, as upstream's benchmark.py builds one corpus), scored per dataset.
 */
import type { LegalBenchDataset, LegalBenchSet, LegalBenchTest } from './legalbench-data';
import type { LegalBenchSetup, SpanHit } from './retriever';
import { charPrecision, charRecall, countOverlappingPairs, type CharSpan } from './span-metrics';

export const LEGALBENCH_KS = [1, 2, 4, 8, 16, 32, 64] as const;

export interface LegalBenchQueryResult {
  dataset: LegalBenchDataset;
  index: number;
  query: string;
  hits: number;
  /** Pairs of hits (within the largest k) that share characters; upstream would double-count them. */
  overlappingHitPairs: number;
  /** Fractions, one per k in `ks`. */
  precision: number[];
  recall: number[];
  retrieveMs: number;
}

export interface LegalBenchDatasetSummary {
  queries: number;
  /** Means over queries, one per k. */
  precision: number[];
  recall: number[];
  queriesWithOverlappingHits: number;
}

export interface LegalBenchResult {
  ks: number[];
  perQuery: LegalBenchQueryResult[];
  byDataset: Partial<Record<LegalBenchDataset, LegalBenchDatasetSummary>>;
  timings: { setupMs: number; retrieveMs: number; totalMs: number };
}

export interface LegalBenchRunOptions {
  ks?: readonly number[];
  onProgress?: (done: number, total: number) => void;
}

export async function runLegalBench(
  setup: LegalBenchSetup,
  data: LegalBenchSet,
  opts: LegalBenchRunOptions = {},
): Promise<LegalBenchResult> {
  const ks = [...(opts.ks ?? LEGALBENCH_KS)].sort((a, b) => a - b);
  const kMax = ks[ks.length - 1]!;
  const known = new Set(data.docs.map((d) => d.filePath));
  const t0 = performance.now();
  const retriever = await setup(data.docs);
  const setupMs = performance.now() - t0;
  const perQuery: LegalBenchQueryResult[] = [];
  try {
    for (const test of data.tests) {
      const started = performance.now();
      // One call at the largest k, scored on its prefixes: upstream runs each k separately,
      // but its top-k at every k is the first k of the same ordering.
      const hits = await retriever.retrieve(test.query, kMax);
      const retrieveMs = performance.now() - started;
      const spans = toSpans(hits, kMax, known, test);
      perQuery.push({
        dataset: test.dataset,
        index: test.index,
        query: test.query,
        hits: spans.length,
        overlappingHitPairs: countOverlappingPairs(spans),
        precision: ks.map((k) => charPrecision(spans.slice(0, k), test.gold)),
        recall: ks.map((k) => charRecall(spans.slice(0, k), test.gold)),
        retrieveMs,
      });
      opts.onProgress?.(perQuery.length, data.tests.length);
    }
  } finally {
    retriever.close?.();
  }
  const byDataset: LegalBenchResult['byDataset'] = {};
  for (const dataset of [...new Set(perQuery.map((q) => q.dataset))]) {
    byDataset[dataset] = summarize(perQuery.filter((q) => q.dataset === dataset), ks.length);
  }
  return {
    ks,
    perQuery,
    byDataset,
    timings: { setupMs, retrieveMs: perQuery.reduce((s, q) => s + q.retrieveMs, 0), totalMs: performance.now() - t0 },
  };
}

function toSpans(hits: SpanHit[], kMax: number, known: Set<string>, test: LegalBenchTest): CharSpan[] {
  const where = `${test.dataset} test ${test.index + 1}`;
  if (hits.length > kMax) throw new Error(`The retriever returned ${hits.length} hits for ${where}, more than k = ${kMax}.`);
  return hits.map((h) => {
    if (!known.has(h.filePath)) throw new Error(`The retriever returned "${h.filePath}" for ${where}, which is not in the corpus.`);
    if (!Number.isInteger(h.charStart) || !Number.isInteger(h.charEnd) || h.charStart < 0 || h.charEnd < h.charStart) {
      throw new Error(`The retriever returned an invalid span [${h.charStart}, ${h.charEnd}) for ${where}.`);
    }
    return { filePath: h.filePath, start: h.charStart, end: h.charEnd };
  });
}

function summarize(results: readonly LegalBenchQueryResult[], nK: number): LegalBenchDatasetSummary {
  const avg = (pick: (r: LegalBenchQueryResult) => number): number =>
    results.length === 0 ? Number.NaN : results.reduce((s, r) => s + pick(r), 0) / results.length;
  return {
    queries: results.length,
    precision: Array.from({ length: nK }, (_, i) => avg((r) => r.precision[i]!)),
    recall: Array.from({ length: nK }, (_, i) => avg((r) => r.recall[i]!)),
    queriesWithOverlappingHits: results.filter((r) => r.overlappingHitPairs > 0).length,
  };
}
