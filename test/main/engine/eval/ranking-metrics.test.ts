import { describe, expect, it } from 'vitest';
import { dcgAtK, ndcgAtK, starPrecisionAt5 } from '../../../../src/main/engine/eval/ranking-metrics';
import { summarize, type AcordQueryResult } from '../../../../src/main/engine/eval/run-acord';

const judged = (entries: Record<string, number>): Map<string, number> => new Map(Object.entries(entries));

describe('nDCG@k (trec_eval ndcg_cut, linear gain)', () => {
  it('matches a hand computation', () => {
    // DCG = 0 + 3/log2(3) + 1/log2(4) + 2/log2(5) = 3.25414; ideal [3,2,1] = 3 + 2/log2(3) + 1/2 = 4.76186.
    const j = judged({ a: 3, b: 2, c: 0, d: 1, e: 0 });
    expect(ndcgAtK(['c', 'a', 'd', 'b', 'e'], j, 5)).toBeCloseTo(0.683376, 6);
    // Cut at 2: DCG = 3/log2(3) = 1.89279; ideal = 3 + 2/log2(3) = 4.26186.
    expect(ndcgAtK(['c', 'a', 'd', 'b', 'e'], j, 2)).toBeCloseTo(0.444123, 6);
    expect(ndcgAtK(['a', 'b', 'd', 'c', 'e'], j, 5)).toBe(1);
  });

  it('uses linear gain and the 1/log2(rank+1) discount', () => {
    expect(dcgAtK([4, 4], 2)).toBeCloseTo(4 + 4 / Math.log2(3), 12);
  });

  it('handles ties in the ideal ranking', () => {
    // Three clauses of grade 2; ideal@2 = 2 + 2/log2(3) whichever two come first.
    const j = judged({ a: 2, b: 2, c: 2, z: 0 });
    expect(ndcgAtK(['c', 'z', 'a', 'b'], j, 2)).toBeCloseTo(2 / (2 + 2 / Math.log2(3)), 12);
    expect(ndcgAtK(['b', 'c', 'z', 'a'], j, 2)).toBe(1);
  });

  it('builds the ideal from fewer than k judged clauses', () => {
    const j = judged({ a: 1, z: 0 });
    expect(ndcgAtK(['z', 'a'], j, 10)).toBeCloseTo(1 / Math.log2(3), 12);
    expect(ndcgAtK(['a', 'z'], j, 10)).toBe(1);
  });

  it('gives unjudged and missing clauses zero gain, and scores a prefix ranking', () => {
    const j = judged({ a: 3, b: 1 });
    expect(ndcgAtK(['x', 'a'], j, 5)).toBeCloseTo(3 / Math.log2(3) / (3 + 1 / Math.log2(3)), 12);
    expect(ndcgAtK(['b'], j, 5)).toBeCloseTo(1 / (3 + 1 / Math.log2(3)), 12);
    expect(ndcgAtK([], j, 5)).toBe(0);
  });

  it('scores a query without any relevant judged clause 0, and still averages it in', () => {
    const none = judged({ a: 0, b: 0 });
    expect(ndcgAtK(['a', 'b'], none, 5)).toBe(0);
    const perfect = judged({ a: 2 });
    const results = [result(ndcgAtK(['a'], perfect, 5), null), result(ndcgAtK(['a', 'b'], none, 5), null)];
    expect(summarize(results)['ndcg@5']).toEqual({ mean: 0.5, queries: 2 });
  });
});

describe('k-star precision@5', () => {
  // stars = score + 1: 3-star = score >= 2 (6 clauses), 4-star >= 3 (3), 5-star = 4 (1).
  const j = judged({ a: 4, b: 3, c: 2, d: 2, e: 1, f: 0, g: 2, h: 3 });
  const ranked = ['f', 'b', 'c', 'e', 'a', 'h', 'd', 'g'];

  it('divides the hits in the top 5 by min(5, clauses with that many stars)', () => {
    expect(starPrecisionAt5(ranked, j, 3)).toBeCloseTo(3 / 5, 12); // b, c, a of 6 available → /5
    expect(starPrecisionAt5(ranked, j, 4)).toBeCloseTo(2 / 3, 12); // b, a of 3 available → /3
    expect(starPrecisionAt5(ranked, j, 5)).toBe(1); // a of 1 available → /1
  });

  it('reaches 1 when every such clause is in the top 5, even with fewer than 5 of them', () => {
    expect(starPrecisionAt5(['h', 'b', 'a', 'f', 'e'], j, 4)).toBe(1);
  });

  it('excludes a query with no such clause (null), and the mean skips it', () => {
    const low = judged({ a: 2, b: 1, c: 0 });
    expect(starPrecisionAt5(['a', 'b', 'c'], low, 4)).toBeNull();
    expect(starPrecisionAt5(['a', 'b', 'c'], low, 5)).toBeNull();
    const s = summarize([result(1, 0.5), result(0, null)]);
    expect(s['4star_p@5']).toEqual({ mean: 0.5, queries: 1 });
  });
});

function result(ndcg: number, star: number | null): AcordQueryResult {
  return {
    id: 'q',
    split: 'train',
    judged: 1,
    relevant: 1,
    scores: { 'ndcg@5': ndcg, 'ndcg@10': ndcg, '3star_p@5': star, '4star_p@5': star, '5star_p@5': star },
    top10: [],
    rankMs: 0,
  };
}
