import { describe, expect, it } from 'vitest';
import { CrossEncoderReranker } from '../../../../../src/main/engine/search/rerank/cross-encoder-reranker';
import { sigmoid } from '../../../../../src/main/engine/search/rerank/sigmoid';
import { FakeScorer, filler } from './fake-models';

const QUERY = 'flood damage excused';

describe('CrossEncoderReranker.rank', () => {
  it('scores a long clause by its best window: the relevant sentence at the end wins', async () => {
    const scorer = new FakeScorer();
    const reranker = new CrossEncoderReranker(scorer, { overlapTokens: 4 });
    const text = `${filler(80)} flood damage excused.`;
    const [result] = await reranker.rank(QUERY, [{ id: 7, text, charStart: 1000 }]);
    // Query of 3 tokens and maxLength 32: windows of 26 tokens; 83 tokens → 4 windows.
    expect(result.trace.windows).toBe(4);
    expect(result.corpusId).toBe(7);
    expect(result.score).toBeCloseTo(sigmoid(0), 6); // "flood", "damage" match; "excused." does not → 2 − 2
    expect(text.slice(result.trace.windowStart, result.trace.windowEnd)).toMatch(/flood damage excused\.$/);
    expect(result.trace.windowEnd).toBe(text.length);
    expect(result.trace.documentWindowStart).toBe(1000 + result.trace.windowStart);
    expect(result.trace.documentWindowEnd).toBe(1000 + text.length);
    expect(result.trace.rerankScore).toBe(result.score);
  });

  it('maps logits through a sigmoid and sorts best first, equal scores in stage-1 order', async () => {
    const scorer = new FakeScorer();
    const reranker = new CrossEncoderReranker(scorer);
    const documents = [
      { id: 10, text: 'nothing relevant here' }, // logit −2
      { id: 11, text: 'flood only' }, // −1
      { id: 12, text: 'flood damage excused' }, // 1
      { id: 13, text: 'also nothing' }, // −2, ties with 10
      { id: 14, text: 'damage only' }, // −1, ties with 11
    ];
    const results = await reranker.rank(QUERY, documents);
    expect(results.map((r) => r.corpusId)).toEqual([12, 11, 14, 10, 13]);
    expect(results.map((r) => r.index)).toEqual([2, 1, 4, 0, 3]);
    expect(results.map((r) => r.score)).toEqual([1, -1, -1, -2, -2].map((l) => sigmoid(Math.fround(l))));
    expect(results.every((r) => r.trace.windows === 1 && r.trace.documentWindowStart === null)).toBe(true);
    expect((await reranker.rank(QUERY, documents, { topK: 2 })).map((r) => r.corpusId)).toEqual([12, 11]);
    expect(await reranker.rank(QUERY, [])).toEqual([]);
  });

  it('sends windows in batches of similar length, each pair within the model limit', async () => {
    const scorer = new FakeScorer();
    const reranker = new CrossEncoderReranker(scorer, { batchSize: 4 });
    const lengths = [3, 20, 7, 26, 12, 2, 25, 9, 18, 5];
    const documents = lengths.map((n, i) => ({ id: i, text: filler(n, `c${i}x`) }));
    const { stats } = await reranker.rerank(QUERY, documents);
    expect(stats).toMatchObject({ candidates: 10, windows: 10, distinctWindows: 10, batches: 3, cacheHits: 0, cacheMisses: 10 });
    expect(scorer.batches.map((b) => b.length)).toEqual([4, 4, 2]);
    const batchLengths = scorer.batches.map((b) => b.map((p) => p.b.length));
    expect(batchLengths.flat()).toEqual([...lengths].sort((x, y) => x - y));
    for (const pair of scorer.batches.flat()) expect(pair.a.length + pair.b.length + 3).toBeLessThanOrEqual(32);
  });

  it('gives a longer query smaller windows, and truncates the query to its cap', async () => {
    const scorer = new FakeScorer();
    const reranker = new CrossEncoderReranker(scorer, { overlapTokens: 4 });
    const documents = [{ id: 1, text: filler(60) }];
    const [short] = await reranker.rank('flood', documents); // W = 28, windows start 0, 24, 32
    const [long] = await reranker.rank(filler(10, 'q'), documents); // W = 19, windows start 0, 15, 30, 41
    expect(short.trace.windows).toBe(3);
    expect(long.trace.windows).toBe(4);
    await reranker.rank(filler(40, 'q'), documents);
    expect(scorer.batches.at(-1)![0].a).toHaveLength(14); // half of 32 − 3
    const big = new FakeScorer(undefined, 512);
    await new CrossEncoderReranker(big).rank(filler(100, 'q'), documents);
    expect(big.batches[0][0].a).toHaveLength(64);
  });

  it('tokenises each clause once, reuses it for the next query, and scores repeated boilerplate once', async () => {
    const scorer = new FakeScorer();
    const reranker = new CrossEncoderReranker(scorer);
    const boilerplate = 'this agreement is governed by the laws of england';
    const documents = [
      { id: 1, text: boilerplate },
      { id: 2, text: boilerplate },
      { id: 3, text: filler(50) },
    ];
    const first = await reranker.rerank('governing law', documents);
    expect(scorer.tokenizer.tokenizeCalls).toBe(1 + 3);
    expect(first.stats).toMatchObject({ windows: 5, distinctWindows: 4, tokenizationHits: 0 });
    const second = await reranker.rerank('governed by which laws', documents);
    expect(scorer.tokenizer.tokenizeCalls).toBe(1 + 3 + 1);
    expect(second.stats.tokenizationHits).toBe(3);
    expect(second.results[0].score).toBe(second.results[1].score);
    await reranker.rank('governing law', [{ id: 3, text: 'changed text' }]);
    expect(scorer.tokenizer.tokenizeCalls).toBe(1 + 3 + 1 + 2);
  });

  it('rejects when the model returns a score that is not a number', async () => {
    const scorer = new FakeScorer();
    scorer.scorePairs = async (pairs) => new Float32Array(pairs.length).fill(Number.NaN);
    await expect(new CrossEncoderReranker(scorer).rank(QUERY, [{ id: 1, text: 'x' }])).rejects.toThrow(/not a number/);
  });
});
