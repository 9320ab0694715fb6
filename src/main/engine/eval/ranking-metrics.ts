/**
 * Graded-relevance metrics for one query's ranking, as ACORD reports them.
 *
 * nDCG@k follows trec_eval's `ndcg_cut`: gain = the qrels score (linear, not 2^rel − 1),
 * discount 1 / log2(rank + 1) with ranks from 1, DCG summed over the top k retrieved;
 * the ideal DCG sorts the gains of ALL clauses judged for the query and takes its top k.
 * Retrieved ids that are unjudged gain 0. A query whose judged clauses all score 0 has
 * ideal DCG 0 and gets nDCG 0 — and, as in trec_eval, it still counts in the average.
 */

export type Judgments = ReadonlyMap<string, number>;

export function dcgAtK(gains: readonly number[], k: number): number {
  let sum = 0;
  const n = Math.min(k, gains.length);
  for (let i = 0; i < n; i++) sum += gains[i]! / Math.log2(i + 2);
  return sum;
}

export function ndcgAtK(ranked: readonly string[], judgments: Judgments, k: number): number {
  const gains = ranked.slice(0, k).map((id) => Math.max(0, judgments.get(id) ?? 0));
  const ideal = [...judgments.values()].map((g) => Math.max(0, g)).sort((a, b) => b - a);
  const idcg = dcgAtK(ideal, k);
  return idcg > 0 ? dcgAtK(gains, k) / idcg : 0;
}

/**
 * ACORD's k-star precision@5 (definition from secondary notes on the paper, not the
 * paper itself): among the top 5, the clauses rated ≥ `stars` stars (stars = score + 1),
 * divided by min(5, number of judged clauses rated ≥ `stars`), so a query with only two
 * such clauses can still reach 1. Returns null when the query has no such clause: it is
 * left out of that average rather than scored 0.
 */
export function starPrecisionAt5(ranked: readonly string[], judgments: Judgments, stars: number): number | null {
  const minScore = stars - 1;
  let available = 0;
  for (const score of judgments.values()) if (score >= minScore) available++;
  if (available === 0) return null;
  const hits = ranked.slice(0, 5).filter((id) => (judgments.get(id) ?? -1) >= minScore).length;
  return hits / Math.min(5, available);
}
