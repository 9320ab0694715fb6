import { describe, expect, it } from 'vitest';
import { batchByLength } from '../../../../src/main/engine/models/length-batches';

describe('batchByLength', () => {
  it('puts similar lengths together, shortest first, ties in input order', () => {
    const words = ['ccc', 'a', 'bb', 'x', 'dddd', 'yy', 'z'];
    expect(batchByLength(words, 3, (w) => w.length)).toEqual([['a', 'x', 'z'], ['bb', 'yy', 'ccc'], ['dddd']]);
  });

  it('handles empty input and rejects a batch size below 1', () => {
    expect(batchByLength([], 4, () => 0)).toEqual([]);
    expect(() => batchByLength(['a'], 0, () => 1)).toThrow(RangeError);
  });
});
