import { describe, expect, it } from 'vitest';
import { DEFAULT_RRF_K, reciprocalRankFusion, type RankedList } from '../../../../src/main/engine/search/fusion';

const list = (name: string, clauseIds: number[], weight?: number): RankedList => ({
  name,
  weight,
  hits: clauseIds.map((clauseId, i) => ({ clauseId, rank: i + 1 })),
});

describe('reciprocal rank fusion', () => {
  it('sums 1 / (k + rank) over the lists that have the clause, k = 60 by default', () => {
    const fused = reciprocalRankFusion([list('lexical', [10, 20, 30]), list('semantic', [30, 40])]);
    expect(DEFAULT_RRF_K).toBe(60);
    const byId = new Map(fused.map((f) => [f.clauseId, f]));
    expect(byId.get(30)!.score).toBeCloseTo(1 / 63 + 1 / 61, 15); // ranks 3 and 1
    expect(byId.get(10)!.score).toBeCloseTo(1 / 61, 15);
    expect(byId.get(20)!.score).toBeCloseTo(1 / 62, 15);
    expect(byId.get(40)!.score).toBeCloseTo(1 / 62, 15);
    expect(fused.map((f) => f.clauseId)).toEqual([30, 10, 20, 40]);
    expect(fused.map((f) => f.rank)).toEqual([1, 2, 3, 4]);
    expect(byId.get(30)!.ranks).toEqual({ lexical: 3, semantic: 1 });
    expect(byId.get(10)!.ranks).toEqual({ lexical: 1, semantic: null });
    expect(byId.get(40)!.ranks).toEqual({ lexical: null, semantic: 2 });
  });

  it('weights each list and honours another k', () => {
    const fused = reciprocalRankFusion([list('lexical', [1, 2], 0.5), list('semantic', [2, 1], 2)], { k: 10 });
    expect(fused.map((f) => [f.clauseId, f.score])).toEqual([
      [2, 0.5 / 12 + 2 / 11],
      [1, 0.5 / 11 + 2 / 12],
    ]);
  });

  it('uses the ranks given, not positions in the list', () => {
    const fused = reciprocalRankFusion([{ name: 'lexical', hits: [{ clauseId: 7, rank: 5 }] }]);
    expect(fused).toEqual([{ clauseId: 7, score: 1 / 65, rank: 1, ranks: { lexical: 5 } }]);
  });

  it('keeps a zero-weight list in the trace without letting it vote', () => {
    const fused = reciprocalRankFusion([list('lexical', [1, 2]), list('semantic', [2, 3], 0)]);
    expect(fused.map((f) => f.clauseId)).toEqual([1, 2, 3]);
    expect(fused[2]).toMatchObject({ clauseId: 3, score: 0, ranks: { lexical: null, semantic: 2 } });
  });

  it('breaks ties by the best single rank, then by clause id', () => {
    // 5 and 6 hold ranks 1 and 3 in opposite lists: exactly equal scores.
    const swapped = reciprocalRankFusion([list('lexical', [5, 9, 6]), list('semantic', [6, 9, 5])]);
    expect(swapped[0]!.score).toBe(swapped[1]!.score);
    expect(swapped.map((f) => f.clauseId)).toEqual([5, 6, 9]);
    // Ranks 1, 2 and 7 spread over three lists: summed in list order, 1/61 + 1/62 + 1/67
    // rounds differently by order; the same terms must still tie exactly.
    const at = (name: string, ...hits: Array<[number, number]>): RankedList => ({ name, hits: hits.map(([clauseId, rank]) => ({ clauseId, rank })) });
    const three = reciprocalRankFusion([at('a', [8, 1], [4, 2], [2, 7]), at('b', [2, 1], [8, 2], [4, 7]), at('c', [4, 1], [2, 2], [8, 7])]);
    expect(new Set(three.map((f) => f.score)).size).toBe(1);
    expect(three.map((f) => f.clauseId)).toEqual([2, 4, 8]);
    // Equal score from one list each with the same rank: the smaller clause id first.
    expect(reciprocalRankFusion([list('lexical', [12]), list('semantic', [11])]).map((f) => f.clauseId)).toEqual([11, 12]);
    // A rank-1 hit beats an equal score made of two lower ranks (k = 0: 1/1 = 1/2 + 1/2).
    const k0 = reciprocalRankFusion([list('lexical', [3, 1]), list('semantic', [2, 1])], { k: 0 });
    expect(k0.map((f) => [f.clauseId, f.score])).toEqual([
      [2, 1],
      [3, 1],
      [1, 1],
    ]);
  });

  it('cuts to the limit and handles empty input', () => {
    expect(reciprocalRankFusion([list('lexical', [1, 2, 3]), list('semantic', [4])], { limit: 2 }).map((f) => f.clauseId)).toEqual([1, 4]);
    expect(reciprocalRankFusion([])).toEqual([]);
    expect(reciprocalRankFusion([list('lexical', []), list('semantic', [])])).toEqual([]);
  });

  it('counts a clause listed twice once, at its better rank', () => {
    const fused = reciprocalRankFusion([{ name: 'lexical', hits: [{ clauseId: 1, rank: 4 }, { clauseId: 1, rank: 2 }] }]);
    expect(fused).toEqual([{ clauseId: 1, score: 1 / 62, rank: 1, ranks: { lexical: 2 } }]);
  });

  it('rejects ranks, weights, k and names that make no sense', () => {
    expect(() => reciprocalRankFusion([{ name: 'x', hits: [{ clauseId: 1, rank: 0 }] }])).toThrow(/Ranks are whole numbers from 1/);
    expect(() => reciprocalRankFusion([list('x', [1], -1)])).toThrow(/weight of the x list/);
    expect(() => reciprocalRankFusion([list('x', [1])], { k: Number.NaN })).toThrow(/constant k/);
    expect(() => reciprocalRankFusion([list('x', [1]), list('x', [2])])).toThrow(/distinct names/);
  });
});
