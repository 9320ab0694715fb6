import type { Database } from 'better-sqlite3';
import type { SearchMode, SearchResponse, SearchSettings, StageTrace } from '../../../shared/api';
import type { Embedder } from '../models/types';
import type { ClauseFilter } from './clause-filter';
import { reciprocalRankFusion } from './fusion';
import { EMPTY_TRACE, hydrateResults, type PlacedClause } from './hydrate-results';
import { buildMatchExpression, lexicalSearch, type LexicalHit, type LexicalOptions } from './lexical-search';
import { parseQuery } from './query/parse-query';
import type { CrossEncoderReranker } from './rerank';
import { semanticSearch, type SemanticHit } from './semantic-search';
import { scopeFor, toSearchScope } from './scope/search-scope';

/** What the pipeline can use; a stage whose model is missing is null. */
export interface PipelineModels {
  embedder: Embedder | null;
  reranker: CrossEncoderReranker | null;
}

export interface PipelineRequest {
  query: string;
  mode: SearchMode;
  settings: SearchSettings;
  lexical: LexicalOptions;
  filter?: ClauseFilter;
  /** Answer a query that names a contract inside it (search/scope); on unless false. */
  autoScope?: boolean;
  signal?: AbortSignal;
  /** Called with the fused stage-1 list before re-ranking starts (mode full only). */
  onStage1?: (response: SearchResponse) => void;
}

/** A mode asked for whose model is not loaded; the message says which and why. */
export class StageUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StageUnavailableError';
  }
}

/**
 * query ─┬─ lexical (FTS5 BM25) ──────────┐
 *        └─ semantic (bi-encoder → vec0) ─┴─ RRF → top_n ─→ cross-encoder, max over windows → top_k
 * Each stage records its ranks and scores in every result's trace; each is timed.
 */
export async function runPipeline(db: Database, models: PipelineModels, request: PipelineRequest): Promise<SearchResponse> {
  const { mode, settings } = request;
  // A query that names a contract is ranked on its question alone, inside that contract.
  const scope = scopeFor(db, request.query, request.filter, request.autoScope);
  const filter = scope ? { ...request.filter, documentIds: scope.documentIds } : (request.filter ?? {});
  const rankedText = scope ? scope.question : request.query;
  if (mode !== 'lexical' && !models.embedder) throw new StageUnavailableError(`The ${mode} mode needs the bi-encoder model, which is not loaded.`);
  if (mode === 'full' && !models.reranker) throw new StageUnavailableError('The full mode needs the cross-encoder model, which is not loaded.');
  const timings: Record<string, number> = {};
  const started = performance.now();
  const timed = <T>(name: string, run: () => T): T => {
    const t = performance.now();
    const value = run();
    timings[name] = performance.now() - t;
    return value;
  };

  const parsed = parseQuery(rankedText);
  const match = buildMatchExpression(parsed, request.lexical);
  const lexicalLimit = mode === 'lexical' ? settings.topK : settings.topN;
  const lexical = timed('lexicalMs', () => lexicalSearch(db, parsed, lexicalLimit, filter, request.lexical));
  const respond = (phase: SearchResponse['phase'], placed: PlacedClause[]): SearchResponse => {
    const results = timed('hydrateMs', () => hydrateResults(db, placed, match));
    timings.totalMs = performance.now() - started;
    return { query: request.query, mode, phase, results, timings: { ...timings }, ...(scope ? { scope: toSearchScope(scope) } : {}) };
  };
  if (mode === 'lexical') return respond('final', lexical.map((hit) => placeLexical(hit)));

  const embedder = models.embedder!;
  const t = performance.now();
  const [vector] = await embedder.embed([rankedText], request.signal);
  timings.embedQueryMs = performance.now() - t;
  const semantic = timed('semanticMs', () => semanticSearch(db, { modelId: embedder.modelId, vector: vector! }, settings.topN, filter));
  const fused = timed('fusionMs', () =>
    reciprocalRankFusion(
      [
        { name: 'lexical', hits: lexical, weight: settings.lexicalWeight },
        { name: 'semantic', hits: semantic, weight: settings.semanticWeight },
      ],
      { k: settings.rrfK, limit: settings.topN },
    ),
  );
  const lexicalById = new Map(lexical.map((h) => [h.clauseId, h]));
  const semanticById = new Map(semantic.map((h) => [h.clauseId, h]));
  const stage1: PlacedClause[] = fused.map((hit) => ({
    clauseId: hit.clauseId,
    rank: hit.rank,
    score: hit.score,
    stages: stage1Trace(lexicalById.get(hit.clauseId), semanticById.get(hit.clauseId), hit.rank, hit.score),
  }));
  if (mode === 'hybrid') return respond('final', stage1.slice(0, settings.topK));

  request.onStage1?.(respond('stage1', stage1.slice(0, settings.topK)));
  const texts = db.prepare('SELECT text, char_start AS charStart FROM clauses WHERE id = ?');
  const documents = stage1.map((c) => {
    const row = texts.get(c.clauseId) as { text: string; charStart: number };
    return { id: c.clauseId, text: row.text, charStart: row.charStart };
  });
  const rerankStarted = performance.now();
  const outcome = await models.reranker!.rerank(rankedText, documents, { topK: settings.topK, signal: request.signal });
  timings.rerankMs = performance.now() - rerankStarted;
  const byId = new Map(stage1.map((c) => [c.clauseId, c]));
  const final = outcome.results.map((r, i) => ({
    clauseId: r.corpusId,
    rank: i + 1,
    score: r.score,
    stages: { ...byId.get(r.corpusId)!.stages, rerankScore: r.trace.rerankScore, rerankWindow: [r.trace.windowStart, r.trace.windowEnd] as [number, number] },
  }));
  const response = respond('final', final);
  response.rerank = { windows: outcome.stats.distinctWindows, cacheHits: outcome.stats.cacheHits, cacheMisses: outcome.stats.cacheMisses };
  return response;
}

function placeLexical(hit: LexicalHit): PlacedClause {
  return { clauseId: hit.clauseId, rank: hit.rank, score: hit.score, stages: { ...EMPTY_TRACE, lexicalRank: hit.rank, lexicalScore: hit.score } };
}

function stage1Trace(lexical: LexicalHit | undefined, semantic: SemanticHit | undefined, fusedRank: number, fusedScore: number): StageTrace {
  return {
    ...EMPTY_TRACE,
    lexicalRank: lexical?.rank ?? null,
    lexicalScore: lexical?.score ?? null,
    semanticRank: semantic?.rank ?? null,
    semanticDistance: semantic?.distance ?? null,
    fusedRank,
    fusedScore,
  };
}
