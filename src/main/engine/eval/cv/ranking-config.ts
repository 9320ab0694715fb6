/** One lexical ranking configuration the cross-validation can choose: FTS5 options plus optional RM3 feedback. */
import type { FeedbackOptions } from '../../search/feedback/relevance-feedback';
import type { LexicalOptions } from '../../search/lexical-search';
import type { Bm25Params } from './own-bm25';

export interface RankingConfig {
  lexical: LexicalOptions;
  feedback?: FeedbackOptions;
  /** Rank with the eval's own BM25 (own-bm25.ts) at these k1 and b instead of FTS5's bm25(). */
  bm25?: Bm25Params;
}

/** Ranks an ACORD pool under any configuration, over one corpus loaded once. */
export interface ConfigurablePoolRanker {
  rankPool(query: string, poolIds: readonly string[], config: RankingConfig): string[];
  close(): void;
}
