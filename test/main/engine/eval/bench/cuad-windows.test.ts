import { describe, expect, it } from 'vitest';
import { Prng } from '../../../../../scripts/models/prng';
import { pairsOfLength, WINDOW_SEED } from '../../../../../src/main/engine/eval/bench/cuad-windows';

const stream = Array.from({ length: 2000 }, (_, i) => 1000 + i);
const query = [7, 8, 9];

describe('pairsOfLength', () => {
  it('makes pairs that encode to exactly s tokens: [CLS] query [SEP] passage [SEP]', () => {
    const pairs = pairsOfLength(stream, query, 128, 5, new Prng(WINDOW_SEED));
    expect(pairs).toHaveLength(5);
    for (const p of pairs) {
      expect(p.a).toEqual(query);
      expect(p.a.length + p.b.length + 3).toBe(128);
      // A passage is a contiguous run of the stream.
      expect(p.b[p.b.length - 1]! - p.b[0]!).toBe(p.b.length - 1);
    }
  });

  it('draws the same passages from the same seed', () => {
    expect(pairsOfLength(stream, query, 64, 3, new Prng(1))).toEqual(pairsOfLength(stream, query, 64, 3, new Prng(1)));
  });

  it('refuses a length with no room for a passage, or a stream shorter than one', () => {
    expect(() => pairsOfLength(stream, query, 6, 1, new Prng(1))).toThrow(RangeError);
    expect(() => pairsOfLength(stream.slice(0, 10), query, 64, 1, new Prng(1))).toThrow(/shorter than one passage/);
  });
});
