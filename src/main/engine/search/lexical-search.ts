import type { Database } from 'better-sqlite3';
import type { ClauseFilter } from './clause-filter';
import { clauseFilterTest } from './lexical/clause-filter-test';
import { topRankedRows, topRankedRowsWhere } from './lexical/ranked-fts-rows';
import { ftsAny, ftsPhrase, quoteFtsString } from './query/fts-expression';
import type { ParsedQuery } from './query/parse-query';
import { REQUEST_WORDS, STOPWORDS } from './query/stopwords';
import { stemPrefix } from './query/stem-prefix';
import { equivalentsFor } from './query/legal-equivalences';
import { joinedPairs } from './query/joined-pairs';

/** How plain words combine into one FTS5 query; defaults chosen on the ACORD eval (README). */
export interface LexicalOptions {
  /** Drop function words when other words remain. */
  dropStopwords: boolean;
  /** Add each pair of adjacent query words as an OR'ed phrase, so clauses with the words together score higher. */
  adjacentPairs: boolean;
  /** Drop words that describe the request rather than the clause ("clause", "provision"). */
  dropRequestWords: boolean;
  /** Also match each long word's derivations through a prefix of its rough root. */
  stemPrefixes: boolean;
  /** bm25() column weights for chunk text, clause heading, clause number. */
  weights: { text: number; heading: number; number: number };
  /** Also search each word's legal equivalents (query/legal-equivalences.ts). */
  equivalences?: boolean;
  /** When > 0, adjacent query words within this many tokens of each other (FTS5 NEAR) also match. */
  proximityWindow?: number;
  /** Also match adjacent query words joined into one token, as OCR merges them ("ofthe"). */
  joinedPairs?: boolean;
}

export const DEFAULT_LEXICAL_OPTIONS: LexicalOptions = {
  dropStopwords: true,
  adjacentPairs: false,
  dropRequestWords: true,
  stemPrefixes: true,
  weights: { text: 1, heading: 3, number: 2 },
  equivalences: true,
  proximityWindow: 0,
  joinedPairs: true,
};

export interface LexicalHit {
  clauseId: number;
  /** Positive, higher is better: the negated FTS5 bm25() of the clause. */
  score: number;
  rank: number;
}

/** The FTS5 expression for a parsed query; exported so tests can see what reaches MATCH. */
export function buildMatchExpression(query: ParsedQuery, options: LexicalOptions = DEFAULT_LEXICAL_OPTIONS): string {
  let content = options.dropStopwords ? query.terms.filter((t) => !STOPWORDS.has(t)) : query.terms;
  if (options.dropRequestWords) content = content.filter((t) => !REQUEST_WORDS.has(t));
  const terms = content.length > 0 ? content : query.terms;
  const parts = terms.map((term) => {
    const prefix = options.stemPrefixes ? stemPrefix(term) : null;
    return prefix ? `(${quoteFtsString(term)} OR ${quoteFtsString(prefix)}*)` : quoteFtsString(term);
  });
  const phraseKeys = new Set<string>();
  const addPhrase = (p: readonly string[]) => {
    const key = p.join(' ');
    if (p.length > 1 && !phraseKeys.has(key)) {
      phraseKeys.add(key);
      parts.push(ftsPhrase(p));
    }
  };
  query.phrases.forEach(addPhrase);
  if (options.adjacentPairs) {
    for (let i = 0; i + 1 < terms.length; i++) addPhrase([terms[i]!, terms[i + 1]!]);
  }
  if (options.equivalences) {
    for (const e of equivalentsFor(terms)) {
      if ('phrase' in e) addPhrase(e.phrase);
      else parts.push(e.root !== e.word ? `(${quoteFtsString(e.word)} OR ${quoteFtsString(e.root)}*)` : quoteFtsString(e.word));
    }
  }
  const window = options.proximityWindow ?? 0;
  if (window > 0) {
    for (let i = 0; i + 1 < terms.length; i++) parts.push(`NEAR(${quoteFtsString(terms[i]!)} ${quoteFtsString(terms[i + 1]!)}, ${Math.floor(window)})`);
  }
  if (options.joinedPairs) for (const token of joinedPairs(query.terms)) parts.push(quoteFtsString(token));
  return ftsAny(parts);
}

/** Ranks clauses by BM25 over their text, heading and number. */
export function lexicalSearch(
  db: Database,
  query: ParsedQuery,
  limit: number,
  filter: ClauseFilter = {},
  options: LexicalOptions = DEFAULT_LEXICAL_OPTIONS,
): LexicalHit[] {
  const match = buildMatchExpression(query, options);
  const filtered = filter.clauseIds !== undefined || filter.documentIds !== undefined;
  // Ranked inside FTS5 with no per-row join (lexical/ranked-fts-rows.ts); a filter is checked in memory.
  const rows = filtered
    ? topRankedRowsWhere(db, match, options.weights, limit, clauseFilterTest(db, filter))
    : topRankedRows(db, match, options.weights, limit);
  return rows.map((r, i) => ({ clauseId: r.clauseId, score: -r.bm25, rank: i + 1 }));
}
