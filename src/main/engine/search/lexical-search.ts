import type { Database } from 'better-sqlite3';
import { ftsAny, ftsPhrase, quoteFtsString } from './query/fts-expression';
import type { ParsedQuery } from './query/parse-query';
import { REQUEST_WORDS, STOPWORDS } from './query/stopwords';
import { stemPrefix } from './query/stem-prefix';

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
}

export const DEFAULT_LEXICAL_OPTIONS: LexicalOptions = {
  dropStopwords: true,
  adjacentPairs: true,
  dropRequestWords: true,
  stemPrefixes: true,
  weights: { text: 1, heading: 3, number: 2 },
};

export interface LexicalFilter {
  /** Only rank these clauses (the ACORD pool protocol, document filters). */
  clauseIds?: readonly number[];
  documentIds?: readonly number[];
}

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
  return ftsAny(parts);
}

/** Ranks clauses by BM25 over their text, heading and number. */
export function lexicalSearch(
  db: Database,
  query: ParsedQuery,
  limit: number,
  filter: LexicalFilter = {},
  options: LexicalOptions = DEFAULT_LEXICAL_OPTIONS,
): LexicalHit[] {
  const match = buildMatchExpression(query, options);
  const where = ['clauses_fts MATCH @match'];
  const params: Record<string, string | number> = { match, limit };
  if (filter.clauseIds) {
    where.push('clauses_fts.rowid IN (SELECT value FROM json_each(@clauseIds))');
    params.clauseIds = JSON.stringify(filter.clauseIds);
  }
  if (filter.documentIds) {
    where.push('clauses_fts.rowid IN (SELECT id FROM clauses WHERE document_id IN (SELECT value FROM json_each(@documentIds)))');
    params.documentIds = JSON.stringify(filter.documentIds);
  }
  const { text, heading, number } = options.weights;
  const sql = `
    SELECT rowid AS clauseId, bm25(clauses_fts, ${text}, ${heading}, ${number}) AS bm25
    FROM clauses_fts WHERE ${where.join(' AND ')}
    ORDER BY bm25, rowid LIMIT @limit`;
  const rows = db.prepare(sql).all(params) as Array<{ clauseId: number; bm25: number }>;
  return rows.map((r, i) => ({ clauseId: r.clauseId, score: -r.bm25, rank: i + 1 }));
}
