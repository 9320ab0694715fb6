import { describe, expect, it } from 'vitest';
import { sameShare, wordDiff } from '../../src/shared/word-diff';

describe('wordDiff', () => {
  it('marks removed and added words and keeps both texts recoverable', () => {
    const base = 'Either party may terminate this Agreement on thirty days notice.';
    const other = 'Either party may terminate this Agreement on sixty days written notice.';
    const runs = wordDiff(base, other);
    expect(runs.filter((r) => r.op !== 'same').map((r) => [r.op, r.text.trim()])).toEqual([
      ['removed', 'thirty'],
      ['added', 'sixty'],
      ['added', 'written'],
    ]);
    expect(runs.filter((r) => r.op !== 'added').map((r) => r.text).join('')).toBe(base);
    expect(runs.filter((r) => r.op !== 'removed').map((r) => r.text).join('')).toBe(other);
    expect(sameShare(runs)).toBeGreaterThan(0.7);
    expect(sameShare(runs)).toBeLessThan(1);
  });

  it('gives one same run for equal texts and no same run for disjoint ones', () => {
    expect(wordDiff('a b c', 'a b c')).toEqual([{ op: 'same', text: 'a b c' }]);
    expect(sameShare(wordDiff('a b c', 'a b c'))).toBe(1);
    expect(wordDiff('alpha', 'beta').map((r) => r.op)).toEqual(['removed', 'added']);
    expect(sameShare(wordDiff('alpha', 'beta'))).toBe(0);
  });
});
