import type { TextTokenizer, TokenizedText } from '../../models/types';

export const DEFAULT_TOKENIZATION_CACHE_SIZE = 2000;

/**
 * Clause tokenisations kept in memory, least recently used dropped first. Consecutive
 * queries ("force majeure", then "force majeure flood") mostly re-rank the same clauses,
 * and WordPiece over a long clause costs more than the cache lookup. An entry is reused
 * only while the clause text is unchanged (compared whole: cheaper than hashing it).
 */
export class TokenizationCache {
  private readonly entries = new Map<number, { text: string; tokens: TokenizedText }>();

  constructor(
    private readonly tokenizer: TextTokenizer,
    private readonly capacity = DEFAULT_TOKENIZATION_CACHE_SIZE,
  ) {}

  /** The clause's tokens, and whether they came from the cache. */
  get(clauseId: number, text: string): { tokens: TokenizedText; hit: boolean } {
    const entry = this.entries.get(clauseId);
    if (entry && entry.text === text) {
      this.entries.delete(clauseId); // re-insert: Map order is the recency order
      this.entries.set(clauseId, entry);
      return { tokens: entry.tokens, hit: true };
    }
    const tokens = this.tokenizer.tokenize(text);
    this.entries.delete(clauseId);
    this.entries.set(clauseId, { text, tokens });
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    return { tokens, hit: false };
  }

  get size(): number {
    return this.entries.size;
  }
}
