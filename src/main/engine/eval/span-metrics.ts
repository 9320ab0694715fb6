/**
 * Character-level precision and recall, exactly as LegalBench-RAG scores a query.
 *
 * Source read: ZeroEntropy-cc/legalbenchrag, legalbenchrag/run_benchmark.py
 * (`QAResult.precision` / `QAResult.recall`, commit b5538d0), with benchmark.py and
 * methods/retrieval_strategies.py for how k and the averaging are applied. For a query
 * with retrieved spans R (the top k) and gold spans G:
 *
 *   overlap   = Σ_{r∈R} Σ_{g∈G, file(r)=file(g)} max(0, min(r.end, g.end) − max(r.start, g.start))
 *   precision = overlap / Σ_{r∈R} |r|      (0 when that sum is 0, e.g. nothing retrieved)
 *   recall    = overlap / Σ_{g∈G} |g|      (0 when that sum is 0)
 *
 * Upstream does NOT merge or union the retrieved spans: each retrieved span is counted
 * on its own, so two overlapping hits on the same gold characters count them twice (in
 * both numerator and denominator of precision, and in recall, which can then exceed 1).
 * Its chunkers never produce overlapping hits, so the question did not arise there; we
 * keep the formula and report how many queries had overlapping hits (see
 * `countOverlappingPairs`). Gold spans are disjoint by construction (upstream validates
 * it; our loader does too). Spans are [start, end) character offsets; a hit only
 * overlaps gold in the same file. Per-dataset scores are plain means over queries.
 */

export interface CharSpan {
  filePath: string;
  start: number;
  end: number;
}

export function overlapLength(a: CharSpan, b: CharSpan): number {
  if (a.filePath !== b.filePath) return 0;
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function totalOverlap(retrieved: readonly CharSpan[], gold: readonly CharSpan[]): number {
  let sum = 0;
  for (const r of retrieved) for (const g of gold) sum += overlapLength(r, g);
  return sum;
}

function totalLength(spans: readonly CharSpan[]): number {
  return spans.reduce((sum, s) => sum + (s.end - s.start), 0);
}

export function charPrecision(retrieved: readonly CharSpan[], gold: readonly CharSpan[]): number {
  const denom = totalLength(retrieved);
  return denom === 0 ? 0 : totalOverlap(retrieved, gold) / denom;
}

export function charRecall(retrieved: readonly CharSpan[], gold: readonly CharSpan[]): number {
  const denom = totalLength(gold);
  return denom === 0 ? 0 : totalOverlap(retrieved, gold) / denom;
}

/** Pairs of spans that share characters; > 0 means the upstream formula double-counts. */
export function countOverlappingPairs(spans: readonly CharSpan[]): number {
  let pairs = 0;
  for (let i = 0; i < spans.length; i++) {
    for (let j = i + 1; j < spans.length; j++) if (overlapLength(spans[i]!, spans[j]!) > 0) pairs++;
  }
  return pairs;
}
