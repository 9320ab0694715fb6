/** Builds padded int64 feeds for a BERT-shaped ONNX session from rows of token ids. */
import * as ort from 'onnxruntime-node';

export interface Row {
  ids: number[];
  /** Token type per id; all 0 when absent. */
  types?: number[];
}

export function bertFeeds(rows: readonly Row[]): Record<string, ort.Tensor> {
  const seq = Math.max(...rows.map((r) => r.ids.length));
  const n = rows.length * seq;
  const ids = new BigInt64Array(n);
  const mask = new BigInt64Array(n);
  const types = new BigInt64Array(n);
  rows.forEach((row, b) => {
    row.ids.forEach((id, i) => {
      ids[b * seq + i] = BigInt(id);
      mask[b * seq + i] = 1n;
      types[b * seq + i] = BigInt(row.types?.[i] ?? 0);
    });
  });
  const dims = [rows.length, seq];
  return {
    input_ids: new ort.Tensor('int64', ids, dims),
    attention_mask: new ort.Tensor('int64', mask, dims),
    token_type_ids: new ort.Tensor('int64', types, dims),
  };
}

export async function runModel(file: string, rows: readonly Row[]): Promise<{ session: ort.InferenceSession; output: ort.Tensor }> {
  const session = await ort.InferenceSession.create(file, { intraOpNumThreads: 1 });
  const result = await session.run(bertFeeds(rows));
  return { session, output: result[session.outputNames[0]!]! };
}

export function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return dot / Math.sqrt(na * nb);
}
