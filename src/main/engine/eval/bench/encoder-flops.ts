/**
 * FLOP counts the model sections divide by time. DESIGN.md ("Cost, and what follows from
 * it"): one BERT window of s tokens costs F(s) = L·(2·s·(4d² + 2·d·d_ff) + 4·s²·d), the
 * encoder's matrix products only: Q/K/V/output projections (4d²) and the feed-forward
 * pair (2·d·d_ff) per token, plus the s×s attention scores and their weighted sum
 * (4·s²·d). Embedding lookups, layer norms, softmax, GELU and the pooler/classifier head
 * are left out, so achieved GFLOP/s reads as GEMM work done per second.
 */
import { bertShape, MINILM_VOCAB_SIZE, type BertShape } from '../../../../../scripts/models/bert-config';

export type EncoderShape = Pick<BertShape, 'numHiddenLayers' | 'hiddenSize' | 'intermediateSize'>;

/** MiniLM-L6-H384 (L = 6, d = 384, d_ff = 1536): both models the app ships. */
export const MINILM_SHAPE: EncoderShape = bertShape('minilm', MINILM_VOCAB_SIZE);

export function encoderFlops(seqLen: number, shape: EncoderShape = MINILM_SHAPE): number {
  const { numHiddenLayers: L, hiddenSize: d, intermediateSize: ff } = shape;
  return L * (2 * seqLen * (4 * d * d + 2 * d * ff) + 4 * seqLen * seqLen * d);
}

/** One M×K by K×N product: M·N·K multiply-adds, two FLOPs each. */
export function gemmFlops(m: number, n: number, k: number): number {
  return 2 * m * n * k;
}

/** FLOPs / ms → GFLOP/s; NaN when no time was measured. */
export function gflopsPerSecond(flops: number, ms: number): number {
  return ms > 0 ? flops / ms / 1e6 : Number.NaN;
}
