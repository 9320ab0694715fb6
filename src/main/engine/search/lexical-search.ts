import type { Database } from 'better-sqlite3';
import { ftsAny, ftsPhrase, quoteFtsString } from './query/fts-expression';
import type { ParsedQuery } from './query/parse-query';
import { STOPWORDS } from './query/stopwords';

/** How plain words combine into one FTS5 query; defaults chosen on the ACORD eval (README). */
export interface LexicalOptions {
  /** Drop function words when other words remain. */
  dropStopwords: boolean;
  /** Add each pair of adjacent query words as an OR'ed phrase, so clauses with the words together score higher. */
  adjacentPairs: boolean;
  /** bm25() column weights for chunk text, clause heading, clause number. */
  weights: { text: number; heading: number; number: number };
}

export const DEFAULT_LEXICAL_OPTIONS: LexicalOptions = {
  dropStopwords: true,
  adjacentPairs: true,
  weights: { text: 1, heading: 3, number: 2 },
};

export interface LexicalFilter {
  /** Only rank these clauses (the ACORD pool protocol, document filters). */
  clauseIds?: readonly number[];
  documentIds?: readonly number[];
}

export interface LexicalHit {
  clauseId: number;
  /** The clause's best-scoring chunk. */
  chunkId: number;
  /** Positive, higher is better: the negated FTS5 bm25() of the best chunk. */
  score: number;
  rank: number;
}

/** The FTS5 expression for a parsed query; exported so tests can see what reaches MATCH. */
export function buildMatchExpression(query: ParsedQuery, options: LexicalOptions = DEFAULT_LEXICAL_OPTIONS): string {
  const content = options.dropStopwords ? query.terms.filter((t) => !STOPWORDS.has(t)) : query.terms;
  const terms = content.length > 0 ? content : query.terms;
  const parts = terms.map(quoteFtsString);
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

/** Ranks clauses by the BM25 score of their best chunk. */
export function lexicalSearch(
  db: Database,
  query: ParsedQuery,
  limit: number,
  filter: LexicalFilter = {},
  options: LexicalOptions = DEFAULT_LEXICAL_OPTIONS,
): LexicalHit[] {
  const match = buildMatchExpression(query, options);
  const where: string[] = ['chunks_fts MATCH @match'];
  if (filter.clauseIds) where.push('ch.clause_id IN (SELECT value FROM json_each(@clauseIds))');
  if (filter.documentIds) {
    where.push('ch.clause_id IN (SELECT id FROM clauses WHERE document_id IN (SELECT value FROM json_each(@documentIds)))');
  }
  const { text, heading, number } = options.weights;
  // bm25() is only valid in the FTS query itself; the outer query keeps each clause's best chunk.
  const sql = `
    SELECT clause_id AS clauseId, chunk_id AS chunkId, MIN(bm25) AS bm25 FROM (
      SELECT ch.clause_id, f.rowid AS chunk_id, bm25(chunks_fts, ${text}, ${heading}, ${number}) AS bm25
      FROM chunks_fts f JOIN chunks ch ON ch.id = f.rowid
      WHERE ${where.join(' AND ')}
    ) GROUP BY clause_id ORDER BY bm25, clause_id LIMIT @limit`;
  const params: Record<string, string | number> = { match, limit };
  if (filter.clauseIds) params.clauseIds = JSON.stringify(filter.clauseIds);
  if (filter.documentIds) params.documentIds = JSON.stringify(filter.documentIds);
  const rows = db.prepare(sql).all(params) as Array<{ clauseId: number; chunkId: number; bm25: number }>;
  return rows.map((r, i) => ({ clauseId: r.clauseId, chunkId: r.chunkId, score: -r.bm25, rank: i + 1 }));
}
