/**
 * Stand-in chunk vectors with the structure of a sentence encoder's, for libraries too big
 * to embed with MiniLM on a 2-core CPU: a dense random projection of the chunk's bag of
 * words (each distinct word a seeded Gaussian direction, counts damped by a square root)
 * plus one direction shared by every text (sentence encoders' vectors sit in a narrow cone,
 * not spread over the sphere). Texts sharing words land near each other, so clauses of one
 * kind form clusters and a contract's copies near-duplicates, unlike iid noise; which
 * chunks are neighbours follows the text, so an index's recall on them means something.
 */
import type { EmbeddingModel } from '../../../embeddings/embedding-indexer';

const WORD = /[\p{L}\p{N}]+/gu;
/** Weight of the shared direction against a unit bag-of-words part: mean cosine between unrelated texts ≈ 0.2. */
const SHARED_WEIGHT = 0.5;

function hashWord(word: string, seed: number): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < word.length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A seeded unit Gaussian vector (Box–Muller over a xorshift stream). */
function gaussianVector(seed: number, dimension: number): Float32Array {
  let s = seed || 1;
  const next = () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return ((s >>> 0) + 0.5) / 2 ** 32;
  };
  const v = new Float32Array(dimension);
  let norm = 0;
  for (let i = 0; i < dimension; i += 2) {
    const r = Math.sqrt(-2 * Math.log(next()));
    const t = 2 * Math.PI * next();
    v[i] = r * Math.cos(t);
    if (i + 1 < dimension) v[i + 1] = r * Math.sin(t);
  }
  for (let i = 0; i < dimension; i++) norm += v[i]! * v[i]!;
  const scale = 1 / Math.sqrt(norm);
  for (let i = 0; i < dimension; i++) v[i]! *= scale;
  return v;
}

export class ProjectedStandIn {
  private readonly words = new Map<string, Float32Array>();
  private readonly shared: Float32Array;

  constructor(readonly dimension: number) {
    this.shared = gaussianVector(0x5eed, dimension);
  }

  private wordVector(word: string): Float32Array {
    let v = this.words.get(word);
    if (v === undefined) {
      v = gaussianVector(hashWord(word, 0x9e3779b9), this.dimension);
      this.words.set(word, v);
    }
    return v;
  }

  embedOne(text: string): Float32Array {
    const counts = new Map<string, number>();
    for (const [word] of text.toLowerCase().matchAll(WORD)) counts.set(word, (counts.get(word) ?? 0) + 1);
    const d = this.dimension;
    const bag = new Float32Array(d);
    for (const [word, count] of counts) {
      const w = this.wordVector(word);
      const weight = Math.sqrt(count);
      for (let i = 0; i < d; i++) bag[i]! += weight * w[i]!;
    }
    let norm = 0;
    for (let i = 0; i < d; i++) norm += bag[i]! * bag[i]!;
    const bagScale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    const out = new Float32Array(d);
    let outNorm = 0;
    for (let i = 0; i < d; i++) {
      out[i] = bag[i]! * bagScale + SHARED_WEIGHT * this.shared[i]!;
      outNorm += out[i]! * out[i]!;
    }
    const outScale = 1 / Math.sqrt(outNorm);
    for (let i = 0; i < d; i++) out[i]! *= outScale;
    return out;
  }

  /** An embedding model for the indexer, recorded under `modelId`. */
  model(modelId: string): EmbeddingModel {
    return { modelId, dimension: this.dimension, embed: async (texts) => texts.map((t) => this.embedOne(t)) };
  }
}
