/**
 * The bi-encoder: texts → mean-pooled, L2-normalised vectors (sentence-transformers' recipe).
 * With fp32 weights a text's vector does not depend on its batch-mates (padding is masked);
 * int8 weights quantize activations with one scale per batch tensor, so batch-mates move a
 * vector very slightly (cosine > 0.999 to the vector computed alone).
 */
import type { BertRunner } from './bert-runner';
import { lengthBatches } from './length-batches';
import type { LoadedModelFolder } from './model-folder';
import { DEFAULT_BATCH_SIZE } from './options';
import type { DeviceInfo, Embedder, TextTokenizer } from './types';

export class OnnxEmbedder implements Embedder {
  readonly modelId: string;
  readonly dimension: number;
  readonly maxLength: number;
  readonly tokenizer: TextTokenizer;
  readonly device: DeviceInfo;
  private readonly runner: BertRunner;

  constructor(model: LoadedModelFolder, private readonly batchSize = DEFAULT_BATCH_SIZE) {
    this.modelId = model.modelId;
    this.dimension = model.hiddenSize;
    this.maxLength = model.maxLength;
    this.tokenizer = model.tokenizer;
    this.device = model.device;
    this.runner = model.runner;
  }

  /** One vector per text, in input order; checks `signal` before every batch. */
  async embed(texts: readonly string[], signal?: AbortSignal): Promise<Float32Array[]> {
    const ids = texts.map((text) => this.tokenizer.tokenize(text).ids.slice(0, this.maxLength - 2));
    const vectors = new Array<Float32Array>(texts.length);
    for (const batch of lengthBatches(ids.map((row) => row.length), this.batchSize)) {
      signal?.throwIfAborted();
      const encoded = this.tokenizer.encodeSingles(batch.map((i) => ids[i]!), this.maxLength);
      const { data } = await this.runner.run(encoded);
      batch.forEach((textIndex, row) => {
        vectors[textIndex] = meanPoolNormalised(data, encoded.attentionMask, row, encoded.seqLen, this.dimension);
      });
    }
    return vectors;
  }

  dispose(): Promise<void> {
    return this.runner.release();
  }
}

/** Mean of row `row`'s hidden states over its real (mask = 1) tokens, scaled to unit length. */
export function meanPoolNormalised(hidden: Float32Array, mask: BigInt64Array, row: number, seqLen: number, dim: number): Float32Array {
  const sum = new Float64Array(dim);
  let count = 0;
  for (let t = 0; t < seqLen; t++) {
    if (mask[row * seqLen + t] === 0n) continue;
    count++;
    const base = (row * seqLen + t) * dim;
    for (let k = 0; k < dim; k++) sum[k]! += hidden[base + k]!;
  }
  let norm = 0;
  for (let k = 0; k < dim; k++) norm += (sum[k]! / count) ** 2;
  // As torch.nn.functional.normalize: a zero vector stays zero instead of becoming NaN.
  const scale = 1 / (Math.max(Math.sqrt(norm), 1e-12) * count);
  return Float32Array.from(sum, (v) => v * scale);
}
