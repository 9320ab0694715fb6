/**
 * The whole stage 2 as search runs it: CrossEncoderReranker.rerank over a query's
 * candidate clauses, windows, batching and the SQLite score cache included. The first
 * call meets an empty cache (every window scored by the model), the second the same
 * query again (every score read back), which is what a user repeating or refining the
 * page's query gets.
 */
import type { Database } from 'better-sqlite3';
import type { PairScorer } from '../../models/types';
import { CrossEncoderReranker, type RerankDocument, type RerankStats } from '../../search/rerank';
import type { ClauseEngine } from '../../engine';

export interface CacheLatency {
  query: string;
  candidates: number;
  windows: number;
  distinctWindows: number;
  coldMs: number;
  hotMs: number;
  cold: Pick<RerankStats, 'cacheHits' | 'cacheMisses'>;
  hot: Pick<RerankStats, 'cacheHits' | 'cacheMisses'>;
}

/** Stage 1's candidates for a query: the lexical top `limit`, with the text the re-ranker reads. */
export function lexicalCandidates(engine: ClauseEngine, query: string, limit: number): RerankDocument[] {
  const ids = engine.rankLexical(query, limit).map((hit) => hit.clauseId);
  const byId = new Map(engine.getClauses(ids).map((c) => [c.id, c]));
  return ids.map((id) => {
    const clause = byId.get(id)!;
    return { id, text: clause.text, charStart: clause.charStart };
  });
}

/** `cacheDb` must hold no scores for this query and model yet (a fresh database). */
export async function timeCacheMissThenHit(scorer: PairScorer, cacheDb: Database, batchSize: number, query: string, docs: readonly RerankDocument[]): Promise<CacheLatency> {
  const reranker = new CrossEncoderReranker(scorer, { cache: cacheDb, batchSize });
  const t0 = performance.now();
  const cold = await reranker.rerank(query, docs, { topK: 10 });
  const t1 = performance.now();
  const hot = await reranker.rerank(query, docs, { topK: 10 });
  const t2 = performance.now();
  return {
    query,
    candidates: docs.length,
    windows: cold.stats.windows,
    distinctWindows: cold.stats.distinctWindows,
    coldMs: t1 - t0,
    hotMs: t2 - t1,
    cold: { cacheHits: cold.stats.cacheHits, cacheMisses: cold.stats.cacheMisses },
    hot: { cacheHits: hot.stats.cacheHits, cacheMisses: hot.stats.cacheMisses },
  };
}
