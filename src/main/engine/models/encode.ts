/**
 * Token ids → the int64 tensors a BERT-shaped ONNX model takes. Truncation and padding are
 * done here, not by the library: the real all-MiniLM tokenizer.json carries a 128-token
 * truncation setting that would silently cut every text.
 */
import type { EncodedBatch } from './types';

export interface SpecialIds {
  clsId: number;
  sepId: number;
  padId: number;
}

interface Row {
  ids: number[];
  /** Tokens from this index on are segment B (token type 1). */
  typeOneFrom: number;
}

/** [CLS] ids [SEP] per text, each cut to maxLength, padded to the longest. */
export function encodeSingles(texts: readonly (readonly number[])[], maxLength: number, special: SpecialIds): EncodedBatch {
  if (maxLength < 2) throw new RangeError(`maxLength ${maxLength} leaves no room for [CLS] and [SEP]`);
  const rows = texts.map((ids): Row => {
    const body = ids.slice(0, maxLength - 2);
    return { ids: [special.clsId, ...body, special.sepId], typeOneFrom: Infinity };
  });
  return toTensors(rows, special.padId);
}

/** [CLS] a [SEP] b [SEP] per pair; token type 1 from b on; cut longest-first (b on ties). */
export function encodePairs(
  pairs: ReadonlyArray<{ a: readonly number[]; b: readonly number[] }>,
  maxLength: number,
  special: SpecialIds,
): EncodedBatch {
  if (maxLength < 3) throw new RangeError(`maxLength ${maxLength} leaves no room for [CLS] and two [SEP]`);
  const rows = pairs.map(({ a, b }): Row => {
    const [keepA, keepB] = pairKeep(a.length, b.length, maxLength - 3);
    const first = [special.clsId, ...a.slice(0, keepA), special.sepId];
    return { ids: [...first, ...b.slice(0, keepB), special.sepId], typeOneFrom: first.length };
  });
  return toTensors(rows, special.padId);
}

/**
 * How many tokens of a and b to keep within `budget`: the same result as Hugging Face's
 * 'longest_first' strategy (drop one token at a time from the longer segment, from b on a
 * tie), computed directly. A short query is never cut; a long passage is cut first.
 */
export function pairKeep(lengthA: number, lengthB: number, budget: number): [number, number] {
  if (lengthA + lengthB <= budget) return [lengthA, lengthB];
  const half = Math.floor(budget / 2);
  if (lengthA <= half) return [lengthA, budget - lengthA];
  if (lengthB <= half) return [budget - lengthB, lengthB];
  return [budget - half, half];
}

function toTensors(rows: readonly Row[], padId: number): EncodedBatch {
  const batch = rows.length;
  const seqLen = rows.reduce((max, row) => Math.max(max, row.ids.length), 0);
  const inputIds = new BigInt64Array(batch * seqLen).fill(BigInt(padId));
  const attentionMask = new BigInt64Array(batch * seqLen);
  const tokenTypeIds = new BigInt64Array(batch * seqLen);
  rows.forEach((row, r) => {
    const base = r * seqLen;
    row.ids.forEach((id, t) => {
      inputIds[base + t] = BigInt(id);
      attentionMask[base + t] = 1n;
      if (t >= row.typeOneFrom) tokenTypeIds[base + t] = 1n;
    });
  });
  return { inputIds, attentionMask, tokenTypeIds, batch, seqLen };
}
