/**
 * A hashed bag-of-words embedder that fills the CUAD database's vec0 table in seconds,
 * where a MiniLM-size model would take most of an hour on a 2-core CPU. sqlite-vec's kNN
 * is a scan over every stored vector, so its cost depends on their count and dimension,
 * not their values: a stand-in of the real model's id and dimension times the semantic
 * stage at full corpus size. Its neighbours mean little; only the timing is used.
 */
import type { EmbeddingModel } from '../../embeddings/embedding-indexer';

/** Lower-cased runs of letters and digits. */
const WORD = /[\p{L}\p{N}]+/gu;

/** FNV-1a over the word's UTF-16 code units: stable across runs and machines. */
function hashWord(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Each word adds ±1 at a hashed position (the sign from another hash bit); the sum is scaled to unit length. */
export function hashedVector(text: string, dimension: number): Float32Array {
  const v = new Float32Array(dimension);
  for (const [word] of text.toLowerCase().matchAll(WORD)) {
    const h = hashWord(word);
    v[h % dimension]! += h & 0x80000000 ? -1 : 1;
  }
  let norm = 0;
  for (const x of v) norm += x * x;
  if (norm > 0) {
    const scale = 1 / Math.sqrt(norm);
    for (let i = 0; i < dimension; i++) v[i]! *= scale;
  }
  return v;
}

/** Stands in for the model recorded as `modelId`, so the engine's queries (embedded by that model) search these vectors. */
export function standInEmbedder(modelId: string, dimension: number): EmbeddingModel {
  return {
    modelId,
    dimension,
    embed: async (texts) => texts.map((t) => hashedVector(t, dimension)),
  };
}
