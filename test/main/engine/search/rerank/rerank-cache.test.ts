import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isAbortError } from '../../../../../src/main/engine/search/rerank/abort-error';
import { CrossEncoderReranker } from '../../../../../src/main/engine/search/rerank/cross-encoder-reranker';
import { RerankScoreCache } from '../../../../../src/main/engine/search/rerank/score-cache';
import { windowHash } from '../../../../../src/main/engine/search/rerank/window-hash';
import { openDatabase } from '../../../../../src/main/engine/store/open-database';
import { FakeScorer, FakeTokenizer, filler } from './fake-models';

const documents = [
  { id: 1, text: `${filler(70)} force majeure includes flood and fire` },
  { id: 2, text: 'neither party is liable for delay caused by force majeure' },
  { id: 3, text: filler(20, 'z') },
];

let db: Database;
beforeEach(() => {
  db = openDatabase(':memory:');
});
afterEach(() => db.close());

describe('re-rank score cache in the reranker', () => {
  it('answers a repeated query from the cache without calling the model', async () => {
    const scorer = new FakeScorer();
    const reranker = new CrossEncoderReranker(scorer, { cache: db, batchSize: 2 });
    const first = await reranker.rerank('force majeure', documents);
    expect(first.stats).toMatchObject({ cacheHits: 0, cacheMisses: first.stats.distinctWindows });
    const calls = scorer.batches.length;
    expect(new RerankScoreCache(db).count()).toBe(first.stats.distinctWindows);
    const second = await reranker.rerank('force majeure', documents);
    expect(scorer.batches.length).toBe(calls);
    expect(second.stats).toMatchObject({ cacheHits: first.stats.distinctWindows, cacheMisses: 0, batches: 0 });
    expect(second.results).toEqual(first.results);
  });

  it('shares entries between queries equal after normalisation', async () => {
    const scorer = new FakeScorer();
    const reranker = new CrossEncoderReranker(scorer, { cache: db });
    await reranker.rank('Force  Majeure', documents);
    const calls = scorer.batches.length;
    const { stats } = await reranker.rerank(' force majeure ', documents);
    expect(stats.cacheMisses).toBe(0);
    expect(scorer.batches.length).toBe(calls);
    await reranker.rank('force majeure flood', documents);
    expect(scorer.batches.length).toBeGreaterThan(calls);
  });

  it('does not share entries between models', async () => {
    const tokenizer = new FakeTokenizer();
    const a = new FakeScorer(tokenizer, 32, 'model-a');
    const b = new FakeScorer(tokenizer, 32, 'model-b');
    await new CrossEncoderReranker(a, { cache: db }).rank('force majeure', documents);
    const { stats } = await new CrossEncoderReranker(b, { cache: db }).rerank('force majeure', documents);
    expect(stats.cacheHits).toBe(0);
    expect(b.pairsScored).toBe(stats.distinctWindows);
  });

  it('rejects with an AbortError between batches and writes nothing of the cancelled query', async () => {
    const scorer = new FakeScorer();
    const reranker = new CrossEncoderReranker(scorer, { cache: db, batchSize: 1 });
    await reranker.rank('force majeure', documents.slice(1, 2));
    const cached = new RerankScoreCache(db).count();
    expect(cached).toBe(1);

    const controller = new AbortController();
    const batchesBefore = scorer.batches.length;
    scorer.beforeBatch = (index) => {
      if (index === batchesBefore + 1) controller.abort(new Error('a newer query'));
    };
    await expect(reranker.rank('force majeure', documents, { signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
    // The abort came during the second model call (this fake finishes it anyway); the third never started.
    expect(scorer.batches.length).toBe(batchesBefore + 2);
    expect(new RerankScoreCache(db).count()).toBe(cached);

    scorer.beforeBatch = null;
    const { stats } = await reranker.rerank('force majeure', documents);
    expect(stats.cacheHits).toBe(1);
    expect(new RerankScoreCache(db).count()).toBe(stats.distinctWindows);
  });

  it('reports an abort as an AbortError even when the model call fails with its own error', async () => {
    const scorer = new FakeScorer();
    const controller = new AbortController();
    scorer.beforeBatch = () => {
      controller.abort();
      throw new Error('onnxruntime: run cancelled');
    };
    const reranker = new CrossEncoderReranker(scorer, { cache: db });
    await expect(reranker.rank('force majeure', documents, { signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
    const early = await reranker.rank('x', documents, { signal: AbortSignal.abort() }).catch((error: unknown) => error);
    expect(isAbortError(early)).toBe(true);
    expect(new RerankScoreCache(db).count()).toBe(0);
  });
});

describe('RerankScoreCache', () => {
  const hashes = Array.from({ length: 1500 }, (_, i) => windowHash([i]));

  it('lives in table rerank_cache keyed by (model_id, query, window_hash)', () => {
    const columns = db.prepare('SELECT name, pk FROM pragma_table_info(?) ORDER BY cid').all('rerank_cache');
    expect(columns).toEqual([
      { name: 'model_id', pk: 1 },
      { name: 'query', pk: 2 },
      { name: 'window_hash', pk: 3 },
      { name: 'logit', pk: 0 },
      { name: 'created_at', pk: 0 },
    ]);
  });

  it('reads any number of keys in one lookup and keeps model and query apart', () => {
    const cache = new RerankScoreCache(db);
    cache.store('m', 'q', hashes.map((hash, i) => ({ hash, logit: i / 10 })));
    const found = cache.lookup('m', 'q', [...hashes, windowHash([99_999])]);
    expect(found.size).toBe(1500);
    expect(found.get(hashes[42].toString('hex'))).toBeCloseTo(4.2, 12);
    expect(cache.lookup('m', 'other', hashes).size).toBe(0);
    expect(cache.lookup('other', 'q', hashes).size).toBe(0);
    expect(cache.lookup('m', 'q', []).size).toBe(0);
  });

  it('prunes to the newest rows, a query written at one time leaving together', () => {
    let clock = 1_000;
    const cache = new RerankScoreCache(db, 1_000_000, () => clock);
    for (let query = 0; query < 5; query++) {
      clock += 1;
      cache.store('m', `q${query}`, hashes.slice(0, 100).map((hash) => ({ hash, logit: query })));
    }
    expect(cache.count()).toBe(500);
    expect(cache.prune(250)).toBe(300);
    expect(cache.count()).toBe(200);
    expect(cache.lookup('m', 'q4', hashes.slice(0, 100)).size).toBe(100);
    expect(cache.lookup('m', 'q2', hashes.slice(0, 100)).size).toBe(0);
    expect(cache.prune(1000)).toBe(0);
  });

  it('prunes by itself once writes pass a tenth of the cap', () => {
    let clock = 0;
    const cache = new RerankScoreCache(db, 300, () => ++clock);
    for (let query = 0; query < 10; query++) {
      cache.store('m', `q${query}`, hashes.slice(0, 100).map((hash) => ({ hash, logit: 0 })));
    }
    expect(cache.count()).toBe(300);
    expect(cache.lookup('m', 'q9', hashes.slice(0, 100)).size).toBe(100);
  });

  it('clears one model or all', () => {
    const cache = new RerankScoreCache(db);
    cache.store('a', 'q', hashes.slice(0, 3).map((hash) => ({ hash, logit: 1 })));
    cache.store('b', 'q', hashes.slice(0, 2).map((hash) => ({ hash, logit: 1 })));
    expect(cache.clear('a')).toBe(3);
    expect(cache.clear()).toBe(2);
  });
});
