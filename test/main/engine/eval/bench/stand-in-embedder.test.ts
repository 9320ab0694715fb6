import { describe, expect, it } from 'vitest';
import { hashedVector, standInEmbedder } from '../../../../../src/main/engine/eval/bench/stand-in-embedder';

const norm = (v: Float32Array): number => Math.sqrt(v.reduce((s, x) => s + x * x, 0));

describe('hashedVector', () => {
  it('is a unit vector of the asked dimension, the same for the same words whatever their case', () => {
    const v = hashedVector('Force Majeure: flood, fire and war.', 384);
    expect(v).toHaveLength(384);
    expect(norm(v)).toBeCloseTo(1, 6);
    expect(hashedVector('force majeure flood fire and war', 384)).toEqual(v);
  });

  it('stays a zero vector for text without words, so nothing is near it', () => {
    expect(norm(hashedVector(' -- ; ', 16))).toBe(0);
  });
});

describe('standInEmbedder', () => {
  it('answers under the given model id and dimension, one vector per text', async () => {
    const model = standInEmbedder('generated-all-MiniLM-L6-v2-minilm/int8', 384);
    expect(model).toMatchObject({ modelId: 'generated-all-MiniLM-L6-v2-minilm/int8', dimension: 384 });
    const vectors = await model.embed(['a b', 'c']);
    expect(vectors.map((v) => v.length)).toEqual([384, 384]);
  });
});
