import { describe, expect, it } from 'vitest';
import { batchesBySimilarLength } from '../../../../src/main/engine/embeddings/length-batches';

describe('batchesBySimilarLength', () => {
  it('puts similar lengths together, shortest first, ties in input order', () => {
    const words = ['ccc', 'a', 'bb', 'x', 'dddd', 'yy', 'z'];
    expect(batchesBySimilarLength(words, 3, (w) => w.length)).toEqual([['a', 'x', 'z'], ['bb', 'yy', 'ccc'], ['dddd']]);
  });

  it('handles empty input and rejects a batch size below 1', () => {
    expect(batchesBySimilarLength([], 4, () => 0)).toEqual([]);
    expect(() => batchesBySimilarLength(['a'], 0, () => 1)).toThrow(RangeError);
  });
});
