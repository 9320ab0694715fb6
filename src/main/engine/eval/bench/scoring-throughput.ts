/**
 * Raw cross-encoder throughput: windows of one length through `scorePairs`, one call per
 * batch as the re-ranker makes them. One batch first, untimed: onnxruntime sizes its
 * buffers for a new input shape on the first run, a cost a long-running app pays once.
 * Each batch is timed on its own, so the median batch gives a rate that a burst of other
 * work on the machine does not drag down, beside the plain total.
 */
import type { PairScorer } from '../../models/types';
import { median, perSecond } from './bench-stats';
import { encoderFlops, gflopsPerSecond } from './encoder-flops';
import type { TokenPair } from './cuad-windows';

export interface ScoringThroughput {
  seqLen: number;
  windows: number;
  /** Sum of the batch times. */
  ms: number;
  windowsPerSec: number;
  /** F(seqLen) per window, in GFLOP. */
  gflopPerWindow: number;
  /** windows · F(seqLen) / ms. */
  gflops: number;
  batchMs: number[];
  /** batch size · F(seqLen) / the median full batch's time. */
  medianBatchGflops: number;
}

export async function timeScoring(scorer: PairScorer, pairs: readonly TokenPair[], seqLen: number, batchSize: number): Promise<ScoringThroughput> {
  await scorer.scorePairs(pairs.slice(0, batchSize));
  const batchMs: number[] = [];
  for (let i = 0; i < pairs.length; i += batchSize) {
    const started = performance.now();
    await scorer.scorePairs(pairs.slice(i, i + batchSize));
    batchMs.push(performance.now() - started);
  }
  const ms = batchMs.reduce((a, b) => a + b, 0);
  const flops = encoderFlops(seqLen);
  const full = batchMs.filter((_, b) => (b + 1) * batchSize <= pairs.length);
  return {
    seqLen,
    windows: pairs.length,
    ms,
    windowsPerSec: perSecond(pairs.length, ms),
    gflopPerWindow: flops / 1e9,
    gflops: gflopsPerSecond(pairs.length * flops, ms),
    batchMs,
    medianBatchGflops: full.length === 0 ? Number.NaN : gflopsPerSecond(batchSize * flops, median(full)),
  };
}
