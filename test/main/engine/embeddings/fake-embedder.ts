import type { EmbeddingModel } from '../../../../src/main/engine/embeddings/embedding-indexer';

/** FNV-1a: a stable hash, so a word always lands in the same bucket. */
function hash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** A hashed bag of words, L2-normalised: texts sharing words are near, as with a real bi-encoder. */
export function bagOfWords(text: string, dimension: number): Float32Array {
  const v = new Float32Array(dimension);
  for (const word of text.toLowerCase().match(/[a-z0-9]+/g) ?? []) {
    const h = hash(word);
    v[h % dimension]! += h & 0x80000000 ? -1 : 1;
  }
  const norm = Math.hypot(...v);
  if (norm === 0) v[0] = 1;
  else for (let i = 0; i < dimension; i++) v[i]! /= norm;
  return v;
}

/**
 * A deterministic stand-in for the bi-encoder that records every call that returned vectors. `beforeEmbed`
 * runs at the start of each call (its index from 0): it can throw to simulate a crash,
 * abort a controller, or change the store while the "model" runs.
 */
export class FakeEmbedder implements EmbeddingModel {
  readonly calls: string[][] = [];

  constructor(
    readonly dimension = 16,
    readonly modelId = `fake-bag-of-words-${dimension}`,
    private readonly beforeEmbed?: (call: number, texts: readonly string[]) => void,
  ) {}

  async embed(texts: readonly string[], signal?: AbortSignal): Promise<Float32Array[]> {
    this.beforeEmbed?.(this.calls.length, texts);
    signal?.throwIfAborted();
    this.calls.push([...texts]);
    return texts.map((text) => bagOfWords(text, this.dimension));
  }

  /** Every text embedded so far, in order. */
  get embeddedTexts(): string[] {
    return this.calls.flat();
  }
}
