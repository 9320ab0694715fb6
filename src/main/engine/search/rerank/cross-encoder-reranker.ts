import type { Database } from 'better-sqlite3';
import type { PairScorer } from '../../models/types';
import { keyedWindows, type KeyedWindow } from './clause-windows';
import { normaliseQuery } from './normalise-query';
import { RerankScoreCache } from './score-cache';
import { scoreWindows, type WindowToScore } from './score-windows';
import { sigmoid } from './sigmoid';
import { TokenizationCache, DEFAULT_TOKENIZATION_CACHE_SIZE } from './tokenization-cache';
import { DEFAULT_OVERLAP_TOKENS, DEFAULT_QUERY_MAX_TOKENS, queryTokenLimit, windowSize } from './token-windows';
import type { RankedClause, RankOptions, RerankDocument, RerankOutcome } from './types';

/** Windows per model call: big enough to keep a CPU's cores busy, small enough to cancel promptly. */
export const DEFAULT_RERANK_BATCH_SIZE = 16;

export interface RerankerOptions {
  /** Persistent score cache: a database (table rerank_cache) or a ready cache; none when left out. */
  cache?: Database | RerankScoreCache | null;
  batchSize?: number;
  /** Query tokens kept; the rest of a long query is dropped. */
  queryMaxTokens?: number;
  /** Tokens shared by neighbouring windows of a long clause. */
  overlapTokens?: number;
  /** Clause tokenisations kept in memory. */
  tokenizationCacheSize?: number;
}

/**
 * Stage 2: a cross-encoder reads the query with each candidate clause. A clause longer
 * than the model's input is cut into overlapping windows and scored by its best window
 * ("chunked max-score"), so a relevant sentence at the end of a long clause counts as
 * much as one at its start. Scores are sigmoid(logit) in [0, 1].
 */
export class CrossEncoderReranker {
  readonly batchSize: number;
  readonly queryMaxTokens: number;
  readonly overlapTokens: number;
  private readonly cache: RerankScoreCache | null;
  private readonly tokens: TokenizationCache;

  constructor(
    private readonly scorer: PairScorer,
    options: RerankerOptions = {},
  ) {
    this.batchSize = options.batchSize ?? DEFAULT_RERANK_BATCH_SIZE;
    this.queryMaxTokens = options.queryMaxTokens ?? DEFAULT_QUERY_MAX_TOKENS;
    this.overlapTokens = options.overlapTokens ?? DEFAULT_OVERLAP_TOKENS;
    const cache = options.cache ?? null;
    this.cache = cache === null || cache instanceof RerankScoreCache ? cache : new RerankScoreCache(cache);
    this.tokens = new TokenizationCache(scorer.tokenizer, options.tokenizationCacheSize ?? DEFAULT_TOKENIZATION_CACHE_SIZE);
  }

  get modelId(): string {
    return this.scorer.modelId;
  }

  /** sentence-transformers' `CrossEncoder.rank`: the documents best first, each with its id and score. */
  async rank(query: string, documents: readonly RerankDocument[], options: RankOptions = {}): Promise<RankedClause[]> {
    return (await this.rerank(query, documents, options)).results;
  }

  /** `rank`, plus what it cost: windows, cache hits and misses, model batches. */
  async rerank(query: string, documents: readonly RerankDocument[], options: RankOptions = {}): Promise<RerankOutcome> {
    const { maxLength, tokenizer } = this.scorer;
    const queryIds = tokenizer.tokenize(query).ids.slice(0, queryTokenLimit(maxLength, this.queryMaxTokens));
    const size = windowSize(maxLength, queryIds.length);
    let tokenizationHits = 0;
    const perClause = documents.map((doc) => {
      const { tokens, hit } = this.tokens.get(doc.id, doc.text);
      if (hit) tokenizationHits += 1;
      return keyedWindows(tokens, size, this.overlapTokens);
    });
    const distinct = distinctWindows(perClause);
    const scored = await scoreWindows({
      scorer: this.scorer,
      cache: this.cache,
      cacheQuery: normaliseQuery(query),
      queryIds,
      windows: distinct,
      batchSize: this.batchSize,
      signal: options.signal,
    });
    const ranked = documents.map((doc, index) => bestWindow(doc, index, perClause[index], scored.logits));
    ranked.sort((x, y) => y.logit - x.logit || x.clause.index - y.clause.index);
    const topK = options.topK === undefined ? ranked.length : Math.max(0, Math.floor(options.topK));
    return {
      results: ranked.slice(0, topK).map((r) => r.clause),
      stats: {
        candidates: documents.length,
        windows: perClause.reduce((sum, windows) => sum + windows.length, 0),
        distinctWindows: distinct.length,
        cacheHits: scored.cacheHits,
        cacheMisses: scored.cacheMisses,
        batches: scored.batches,
        tokenizationHits,
      },
    };
  }
}

/** Boilerplate repeats across contracts: each distinct window is scored once per query. */
function distinctWindows(perClause: readonly KeyedWindow[][]): WindowToScore[] {
  const byKey = new Map<string, WindowToScore>();
  for (const windows of perClause) for (const w of windows) if (!byKey.has(w.key)) byKey.set(w.key, w);
  return [...byKey.values()];
}

/** The clause's score is its best window's; the first window wins a tie, so the trace points early. */
function bestWindow(
  doc: RerankDocument,
  index: number,
  windows: readonly KeyedWindow[],
  logits: ReadonlyMap<string, number>,
): { logit: number; clause: RankedClause } {
  let best = windows[0];
  let bestLogit = logits.get(best.key)!;
  for (const w of windows.slice(1)) {
    const logit = logits.get(w.key)!;
    if (logit > bestLogit) [best, bestLogit] = [w, logit];
  }
  const score = sigmoid(bestLogit);
  const offset = doc.charStart;
  return {
    logit: bestLogit,
    clause: {
      corpusId: doc.id,
      index,
      score,
      trace: {
        rerankScore: score,
        windowStart: best.charStart,
        windowEnd: best.charEnd,
        documentWindowStart: offset === undefined ? null : offset + best.charStart,
        documentWindowEnd: offset === undefined ? null : offset + best.charEnd,
        windows: windows.length,
      },
    },
  };
}
