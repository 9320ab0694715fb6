/**
 * ACORD runner, the paper's pool protocol: the ranker sees the whole corpus at setup,
 * but each query ranks only the clauses judged for it (~1,150 per query). Ranking the
 * full corpus instead would count relevant-but-unjudged clauses as misses.
 */
import type { AcordEvalQuery, AcordEvalSet } from './acord-data';
import { ndcgAtK, starPrecisionAt5 } from './ranking-metrics';
import type { AcordSetup } from './retriever';
import { countNonNull, meanOf } from './stats';

export const ACORD_METRICS = ['ndcg@5', 'ndcg@10', '3star_p@5', '4star_p@5', '5star_p@5'] as const;
export type AcordMetric = (typeof ACORD_METRICS)[number];

export interface AcordQueryResult {
  id: string;
  split: string;
  judged: number;
  /** Judged clauses with score ≥ 1. */
  relevant: number;
  /** Fractions in [0, 1]; null = left out of that average (no clause with that many stars). */
  scores: Record<AcordMetric, number | null>;
  /** The ranker's top 10 with their qrels scores, for reading failures. */
  top10: Array<{ id: string; score: number }>;
  rankMs: number;
}

export interface MetricSummary {
  /** Fraction in [0, 1], NaN when no query counts. */
  mean: number;
  /** Queries in the average. */
  queries: number;
}

export type AcordSummary = Record<AcordMetric, MetricSummary>;

export interface AcordResult {
  perQuery: AcordQueryResult[];
  overall: AcordSummary;
  bySplit: Record<string, AcordSummary>;
  corpusSize: number;
  timings: { setupMs: number; rankMs: number; totalMs: number };
}

export interface RunnerOptions {
  onProgress?: (done: number, total: number) => void;
}

export async function runAcord(setup: AcordSetup, data: AcordEvalSet, opts: RunnerOptions = {}): Promise<AcordResult> {
  const t0 = performance.now();
  const ranker = await setup(data.corpus);
  const setupMs = performance.now() - t0;
  const perQuery: AcordQueryResult[] = [];
  try {
    for (const query of data.queries) {
      // Hand the pool over in id order: the qrels list relevant clauses first, and a ranker
      // that keeps input order on ties would otherwise be scored on the annotators' order.
      const pool = [...query.judgments.keys()].sort();
      const started = performance.now();
      const ranked = await ranker.rankPool(query.text, pool);
      const rankMs = performance.now() - started;
      checkRanking(ranked, query);
      perQuery.push(scoreQuery(query, ranked, rankMs));
      opts.onProgress?.(perQuery.length, data.queries.length);
    }
  } finally {
    ranker.close?.();
  }
  const splits = [...new Set(perQuery.map((q) => q.split))];
  return {
    perQuery,
    overall: summarize(perQuery),
    bySplit: Object.fromEntries(splits.map((s) => [s, summarize(perQuery.filter((q) => q.split === s))])),
    corpusSize: data.corpus.length,
    timings: {
      setupMs,
      rankMs: perQuery.reduce((sum, q) => sum + q.rankMs, 0),
      totalMs: performance.now() - t0,
    },
  };
}

function scoreQuery(query: AcordEvalQuery, ranked: string[], rankMs: number): AcordQueryResult {
  const j = query.judgments;
  let relevant = 0;
  for (const s of j.values()) if (s > 0) relevant++;
  return {
    id: query.id,
    split: query.split,
    judged: j.size,
    relevant,
    scores: {
      'ndcg@5': ndcgAtK(ranked, j, 5),
      'ndcg@10': ndcgAtK(ranked, j, 10),
      '3star_p@5': starPrecisionAt5(ranked, j, 3),
      '4star_p@5': starPrecisionAt5(ranked, j, 4),
      '5star_p@5': starPrecisionAt5(ranked, j, 5),
    },
    top10: ranked.slice(0, 10).map((id) => ({ id, score: j.get(id)! })),
    rankMs,
  };
}

/** The ranker may only reorder (or cut) its pool; anything else is a bug worth stopping for. */
function checkRanking(ranked: string[], query: AcordEvalQuery): void {
  const seen = new Set<string>();
  for (const id of ranked) {
    if (!query.judgments.has(id)) throw new Error(`The ranker returned "${id}" for query "${query.id}", which is not in its pool.`);
    if (seen.has(id)) throw new Error(`The ranker returned "${id}" twice for query "${query.id}".`);
    seen.add(id);
  }
}

/** Means over queries: every query for nDCG, only queries with such a clause for k-star P@5. */
export function summarize(results: readonly AcordQueryResult[]): AcordSummary {
  const out = {} as AcordSummary;
  for (const m of ACORD_METRICS) {
    const values = results.map((r) => r.scores[m]);
    out[m] = { mean: meanOf(values), queries: countNonNull(values) };
  }
  return out;
}
