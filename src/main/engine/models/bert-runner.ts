/** Runs one EncodedBatch through a BERT-shaped ONNX session and returns one named output. */
import type { Ort, OrtSession } from './ort-runtime';
import type { EncodedBatch } from './types';

export interface OutputTensor {
  data: Float32Array;
  dims: readonly number[];
}

export class BertRunner {
  /** Exports without token_type_ids (e.g. DistilBERT-style) are fed only the other two. */
  readonly feedsTokenTypes: boolean;

  constructor(
    private readonly ort: Ort,
    readonly session: OrtSession,
    readonly outputName: string,
  ) {
    this.feedsTokenTypes = session.inputNames.includes('token_type_ids');
  }

  async run(batch: EncodedBatch): Promise<OutputTensor> {
    const dims = [batch.batch, batch.seqLen];
    const feeds: Record<string, InstanceType<Ort['Tensor']>> = {
      input_ids: new this.ort.Tensor('int64', batch.inputIds, dims),
      attention_mask: new this.ort.Tensor('int64', batch.attentionMask, dims),
    };
    if (this.feedsTokenTypes) feeds.token_type_ids = new this.ort.Tensor('int64', batch.tokenTypeIds, dims);
    const results = await this.session.run(feeds, [this.outputName]);
    const output = results[this.outputName]!;
    if (output.type !== 'float32') throw new Error(`output ${this.outputName} is ${output.type}, not float32`);
    return { data: output.data as Float32Array, dims: output.dims };
  }

  release(): Promise<void> {
    return this.session.release();
  }
}
