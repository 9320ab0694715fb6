/** One lexical ranking configuration the cross-validation can choose: FTS5 options plus optional RM3 feedback. */
import type { FeedbackOptions } from '../../search/feedback/relevance-feedback';
import type { LexicalOptions } from '../../search/lexical-search';

export interface RankingConfig {
  lexical: LexicalOptions;
  feedback?: FeedbackOptions;
}

/** Ranks an ACORD pool under any configuration, over one corpus loaded once. */
export interface ConfigurablePoolRanker {
  rankPool(query: string, poolIds: readonly string[], config: RankingConfig): string[];
  close(): void;
}
