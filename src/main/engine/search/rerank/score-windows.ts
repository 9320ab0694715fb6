import type { PairScorer } from '../../models/types';
import { abortError, throwIfAborted } from './abort-error';
import { batchByLength } from '../../models/length-batches';
import type { RerankScoreCache } from './score-cache';

export interface WindowToScore {
  key: string;
  hash: Buffer;
  ids: readonly number[];
}

export interface WindowScores {
  /** Logit per window key. */
  logits: Map<string, number>;
  cacheHits: number;
  cacheMisses: number;
  batches: number;
}

export interface ScoreWindowsInput {
  scorer: PairScorer;
  cache: RerankScoreCache | null;
  /** The normalised query: the cache key, not what the model reads. */
  cacheQuery: string;
  queryIds: readonly number[];
  /** Distinct windows (one per key). */
  windows: readonly WindowToScore[];
  batchSize: number;
  signal?: AbortSignal;
}

/**
 * Logits for every window: cached ones from one lookup, the rest from the model in
 * length-sorted batches. The signal is checked before each batch and once more before
 * the new scores are written, in one transaction, so a cancelled query writes nothing.
 */
export async function scoreWindows(input: ScoreWindowsInput): Promise<WindowScores> {
  const { scorer, cache, cacheQuery, queryIds, batchSize, signal } = input;
  throwIfAborted(signal);
  const logits = cache?.lookup(scorer.modelId, cacheQuery, input.windows.map((w) => w.hash)) ?? new Map<string, number>();
  const cacheHits = logits.size;
  const misses = input.windows.filter((w) => !logits.has(w.key));
  const batches = batchByLength(misses, batchSize, (w) => w.ids.length);
  for (const batch of batches) {
    throwIfAborted(signal);
    const out = await scoreBatch(scorer, queryIds, batch, signal);
    if (out.length !== batch.length) {
      throw new Error(`The re-ranking model returned ${out.length} scores for ${batch.length} pairs.`);
    }
    batch.forEach((w, i) => {
      const logit = out[i];
      if (!Number.isFinite(logit)) throw new Error('The re-ranking model returned a score that is not a number; its model file may be damaged.');
      logits.set(w.key, logit);
    });
  }
  throwIfAborted(signal);
  cache?.store(scorer.modelId, cacheQuery, misses.map((w) => ({ hash: w.hash, logit: logits.get(w.key)! })));
  return { logits, cacheHits, cacheMisses: misses.length, batches: batches.length };
}

/** One model call; a scorer that stops on the signal fails with its own error, reported as the abort it is. */
async function scoreBatch(
  scorer: PairScorer,
  queryIds: readonly number[],
  batch: readonly WindowToScore[],
  signal: AbortSignal | undefined,
): Promise<Float32Array> {
  try {
    return await scorer.scorePairs(batch.map((w) => ({ a: queryIds, b: w.ids })), signal);
  } catch (error) {
    if (signal?.aborted) throw abortError(signal);
    throw error;
  }
}
