export { CrossEncoderReranker, DEFAULT_RERANK_BATCH_SIZE, type RerankerOptions } from './cross-encoder-reranker';
export { RerankScoreCache, DEFAULT_SCORE_CACHE_MAX_ROWS } from './score-cache';
export { normaliseQuery } from './normalise-query';
export { sigmoid } from './sigmoid';
export { isAbortError } from './abort-error';
export { DEFAULT_OVERLAP_TOKENS, DEFAULT_QUERY_MAX_TOKENS, planWindows, queryTokenLimit, windowSize, type TokenWindow } from './token-windows';
export type { RankedClause, RankOptions, RerankDocument, RerankOutcome, RerankStats, RerankTrace } from './types';
