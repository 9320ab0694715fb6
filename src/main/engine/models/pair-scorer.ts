/** The cross-encoder: (query, passage) token pairs → one raw logit each (sentence-transformers' CrossEncoder.predict without activation). */
import type { BertRunner } from './bert-runner';
import { lengthBatches } from './length-batches';
import type { LoadedModelFolder } from './model-folder';
import { DEFAULT_BATCH_SIZE } from './options';
import type { DeviceInfo, PairScorer, TextTokenizer } from './types';

export class OnnxPairScorer implements PairScorer {
  readonly modelId: string;
  readonly maxLength: number;
  readonly tokenizer: TextTokenizer;
  readonly device: DeviceInfo;
  private readonly runner: BertRunner;

  constructor(model: LoadedModelFolder, private readonly batchSize = DEFAULT_BATCH_SIZE) {
    this.modelId = model.modelId;
    this.maxLength = model.maxLength;
    this.tokenizer = model.tokenizer;
    this.device = model.device;
    this.runner = model.runner;
  }

  /** Logits in input order; pairs longer than maxLength are cut (see encode.ts); checks `signal` before every batch. */
  async scorePairs(pairs: ReadonlyArray<{ a: readonly number[]; b: readonly number[] }>, signal?: AbortSignal): Promise<Float32Array> {
    const scores = new Float32Array(pairs.length);
    const lengths = pairs.map((p) => Math.min(p.a.length + p.b.length, this.maxLength));
    for (const batch of lengthBatches(lengths, this.batchSize)) {
      signal?.throwIfAborted();
      const encoded = this.tokenizer.encodePairs(batch.map((i) => pairs[i]!), this.maxLength);
      const { data } = await this.runner.run(encoded);
      // logits is [batch, 1]: row r's score is data[r].
      batch.forEach((pairIndex, row) => {
        scores[pairIndex] = data[row]!;
      });
    }
    return scores;
  }

  dispose(): Promise<void> {
    return this.runner.release();
  }
}
