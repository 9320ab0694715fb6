/**
 * Cross-encoder inputs of an exact length cut from real contract text: a bench query
 * plus a run of CUAD tokens, [CLS] query [SEP] passage [SEP] = s tokens. The text is
 * tokenised with the model's own tokenizer, so a window of s tokens is s real WordPiece
 * tokens, and the model does exactly the work F(s) counts.
 */
import { readFileSync } from 'node:fs';
import { Prng } from '../../../../../scripts/models/prng';
import type { TextTokenizer } from '../../models/types';
import { SPECIAL_TOKENS_PER_PAIR } from '../../search/rerank/token-windows';

export interface TokenPair {
  a: number[];
  b: number[];
}

export const WINDOW_SEED = 0xc0ad;

/** Token ids of whole contracts, taken in a seeded random order until there are at least `minTokens`. */
export function contractTokenStream(files: readonly string[], tokenizer: TextTokenizer, minTokens: number, prng: Prng): number[] {
  const order = shuffled(files, prng);
  const stream: number[] = [];
  for (const file of order) {
    if (stream.length >= minTokens) break;
    for (const id of tokenizer.tokenize(readFileSync(file, 'utf8')).ids) stream.push(id);
  }
  if (stream.length < minTokens) throw new Error(`The CUAD files hold ${stream.length} tokens, fewer than the ${minTokens} the windows need.`);
  return stream;
}

/**
 * `count` pairs whose encoded length is exactly `seqLen`: the query (already cut to the
 * re-ranker's query limit) and a passage from a random offset of `stream`.
 */
export function pairsOfLength(stream: readonly number[], queryIds: readonly number[], seqLen: number, count: number, prng: Prng): TokenPair[] {
  const passage = seqLen - SPECIAL_TOKENS_PER_PAIR - queryIds.length;
  if (passage < 1) throw new RangeError(`A ${seqLen}-token window has no room beside a ${queryIds.length}-token query.`);
  if (stream.length < passage) throw new RangeError(`The token stream (${stream.length}) is shorter than one passage (${passage}).`);
  return Array.from({ length: count }, () => {
    const start = Math.floor(prng.nextUnit() * (stream.length - passage + 1));
    return { a: [...queryIds], b: stream.slice(start, start + passage) };
  });
}

/** Fisher–Yates with the seeded generator: the same files every run. */
function shuffled<T>(items: readonly T[], prng: Prng): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(prng.nextUnit() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
