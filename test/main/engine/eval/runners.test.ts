import { describe, expect, it } from 'vitest';
import type { AcordEvalSet } from '../../../../src/main/engine/eval/acord-data';
import type { LegalBenchSet } from '../../../../src/main/engine/eval/legalbench-data';
import type { AcordSetup, LegalBenchSetup, SpanHit } from '../../../../src/main/engine/eval/retriever';
import { runAcord } from '../../../../src/main/engine/eval/run-acord';
import { runLegalBench } from '../../../../src/main/engine/eval/run-legalbench';

const acordSet: AcordEvalSet = {
  corpus: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: `clause ${id}` })),
  queries: [
    { id: 'q1', text: 'first', split: 'train', judgments: new Map([['c', 3], ['a', 0], ['b', 1]]) },
    { id: 'q2', text: 'second', split: 'valid', judgments: new Map([['d', 0], ['a', 0]]) },
  ],
};

describe('runAcord', () => {
  it('ranks each query over its judged pool only, handed over in id order, and closes the ranker', async () => {
    const seen: Array<[string, string[]]> = [];
    let closed = false;
    let corpusSize = 0;
    const setup: AcordSetup = async (corpus) => {
      corpusSize = corpus.length;
      return {
        rankPool: async (query, pool) => {
          seen.push([query, pool]);
          return [...pool].reverse();
        },
        close: () => {
          closed = true;
        },
      };
    };
    const progress: string[] = [];
    const result = await runAcord(setup, acordSet, { onProgress: (d, t) => progress.push(`${d}/${t}`) });
    expect(corpusSize).toBe(4);
    expect(seen).toEqual([
      ['first', ['a', 'b', 'c']],
      ['second', ['a', 'd']],
    ]);
    expect(closed).toBe(true);
    expect(progress).toEqual(['1/2', '2/2']);
    // q1 ranked c, b, a: ideal order, nDCG 1; q2 has nothing relevant: 0, averaged in.
    expect(result.perQuery[0]!.scores['ndcg@5']).toBe(1);
    expect(result.perQuery[0]!.top10).toEqual([
      { id: 'c', score: 3 },
      { id: 'b', score: 1 },
      { id: 'a', score: 0 },
    ]);
    expect(result.overall['ndcg@5']).toEqual({ mean: 0.5, queries: 2 });
    expect(result.overall['3star_p@5']).toEqual({ mean: 1, queries: 1 });
    expect(Object.keys(result.bySplit)).toEqual(['train', 'valid']);
    expect(result.bySplit.valid!['ndcg@10'].mean).toBe(0);
  });

  it('stops on a ranking with an id outside the pool or a repeated id, still closing the ranker', async () => {
    for (const bad of [['c', 'zzz'], ['c', 'c']]) {
      let closed = false;
      const setup: AcordSetup = async () => ({ rankPool: async () => bad, close: () => (closed = true) });
      await expect(runAcord(setup, acordSet)).rejects.toThrow(/query "q1"/);
      expect(closed).toBe(true);
    }
  });
});

const lbSet: LegalBenchSet = {
  tests: [
    { dataset: 'privacy_qa', index: 0, query: 'p0', gold: [{ filePath: 'privacy_qa/P.txt', start: 0, end: 10 }] },
    { dataset: 'cuad', index: 0, query: 'c0', gold: [{ filePath: 'cuad/A.txt', start: 100, end: 200 }] },
  ],
  docs: [
    { filePath: 'cuad/A.txt', absPath: '/x/A.txt' },
    { filePath: 'privacy_qa/P.txt', absPath: '/x/P.txt' },
  ],
  stats: { privacy_qa: { tests: 1, docs: 1, chars: 50 }, cuad: { tests: 1, docs: 1, chars: 500 } },
};

describe('runLegalBench', () => {
  it('retrieves once at the largest k and scores every k on the prefix', async () => {
    const answers: Record<string, SpanHit[]> = {
      p0: [
        { filePath: 'cuad/A.txt', charStart: 0, charEnd: 10 },
        { filePath: 'privacy_qa/P.txt', charStart: 0, charEnd: 10 },
      ],
      c0: [],
    };
    const calls: Array<[string, number]> = [];
    let docsSeen: string[] = [];
    const setup: LegalBenchSetup = async (docs) => {
      docsSeen = docs.map((d) => d.filePath);
      return {
        retrieve: async (q, k) => {
          calls.push([q, k]);
          return answers[q]!;
        },
      };
    };
    const result = await runLegalBench(setup, lbSet, { ks: [1, 2, 4] });
    expect(docsSeen).toEqual(['cuad/A.txt', 'privacy_qa/P.txt']);
    expect(calls).toEqual([
      ['p0', 4],
      ['c0', 4],
    ]);
    const p0 = result.perQuery[0]!;
    expect(p0.precision).toEqual([0, 0.5, 0.5]);
    expect(p0.recall).toEqual([0, 1, 1]);
    expect(result.perQuery[1]!.precision).toEqual([0, 0, 0]);
    expect(result.byDataset.privacy_qa).toEqual({ queries: 1, precision: [0, 0.5, 0.5], recall: [0, 1, 1], queriesWithOverlappingHits: 0 });
    expect(result.byDataset.cuad!.recall).toEqual([0, 0, 0]);
  });

  it('rejects hits outside the corpus, bad spans and more than k hits', async () => {
    const bad: SpanHit[][] = [
      [{ filePath: 'cuad/Other.txt', charStart: 0, charEnd: 1 }],
      [{ filePath: 'cuad/A.txt', charStart: 5, charEnd: 2 }],
      Array.from({ length: 3 }, () => ({ filePath: 'cuad/A.txt', charStart: 0, charEnd: 1 })),
    ];
    for (const hits of bad) {
      const setup: LegalBenchSetup = async () => ({ retrieve: async () => hits });
      await expect(runLegalBench(setup, lbSet, { ks: [1, 2] })).rejects.toThrow(/privacy_qa test 1/);
    }
  });
});
