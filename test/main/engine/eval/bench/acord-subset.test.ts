import { describe, expect, it } from 'vitest';
import { firstQueries } from '../../../../../src/main/engine/eval/bench/acord-subset';

const query = (id: string, judged: string[]) => ({ id, text: id, split: 'train', judgments: new Map(judged.map((c) => [c, 1])) });

describe('firstQueries', () => {
  it('keeps the first queries and only the clauses judged for them, in corpus order', () => {
    const data = {
      corpus: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: id })),
      queries: [query('q1', ['c', 'a']), query('q2', ['b']), query('q3', ['d'])],
    };
    const subset = firstQueries(data, 2);
    expect(subset.queries.map((q) => q.id)).toEqual(['q1', 'q2']);
    expect(subset.corpus.map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });
});
