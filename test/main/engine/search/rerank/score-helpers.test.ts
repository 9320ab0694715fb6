import { describe, expect, it } from 'vitest';
import { batchByLength } from '../../../../../src/main/engine/models/length-batches';
import { normaliseQuery } from '../../../../../src/main/engine/search/rerank/normalise-query';
import { sigmoid } from '../../../../../src/main/engine/search/rerank/sigmoid';
import { windowHash } from '../../../../../src/main/engine/search/rerank/window-hash';

describe('sigmoid', () => {
  it('maps logits to [0, 1]: 0 → ½, symmetric, monotone, no overflow at the extremes', () => {
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoid(2) + sigmoid(-2)).toBeCloseTo(1, 12);
    expect(sigmoid(1)).toBeCloseTo(1 / (1 + Math.exp(-1)), 12);
    expect(sigmoid(-3)).toBeLessThan(sigmoid(-2));
    expect(sigmoid(1000)).toBe(1);
    expect(sigmoid(-1000)).toBe(0);
  });
});

describe('normaliseQuery', () => {
  it('applies NFKC, lower-cases, collapses whitespace and trims', () => {
    expect(normaliseQuery('  Force \t Majeure\n')).toBe('force majeure');
    expect(normaliseQuery('ＧＤＰＲ Article\u00a030')).toBe('gdpr article 30');
    expect(normaliseQuery('ﬁnancial')).toBe('financial');
  });
});

describe('windowHash', () => {
  it('is sha256 of the ids, equal for equal ids and different otherwise', () => {
    expect(windowHash([1, 2, 3])).toEqual(windowHash([1, 2, 3]));
    expect(windowHash([1, 2, 3]).equals(windowHash([3, 2, 1]))).toBe(false);
    expect(windowHash([])).toHaveLength(32);
  });
});

describe('batchByLength', () => {
  it('sorts by length, then cuts batches; equal lengths keep input order', () => {
    const items = [5, 1, 9, 3, 5, 2, 8].map((length, id) => ({ id, length }));
    const batches = batchByLength(items, 3, (x) => x.length);
    expect(batches.map((b) => b.map((x) => x.length))).toEqual([[1, 2, 3], [5, 5, 8], [9]]);
    expect(batches[1].map((x) => x.id)).toEqual([0, 4, 6]);
    expect(batchByLength([], 3, () => 0)).toEqual([]);
    expect(() => batchByLength(items, 0, (x) => x.length)).toThrow(/positive integer/);
  });
});
