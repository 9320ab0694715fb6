/**
 * Ranks every document's clauses for one clause type in a single pass over the index: one
 * FTS5 MATCH for the type's request across the whole library, grouped by document, then
 * re-scored with the contract's structure (title and preamble first) where the type lives
 * there. Returns each document's best clauses with the features presence is judged on.
 */
import type { Database } from 'better-sqlite3';
import { buildMatchExpression, DEFAULT_LEXICAL_OPTIONS, type LexicalOptions } from '../search/lexical-search';
import { parseQuery, words } from '../search/query/parse-query';
import { REQUEST_WORDS, STOPWORDS } from '../search/query/stopwords';
import { stemPrefix } from '../search/query/stem-prefix';
import type { TypeStructure } from './builtin-types';
import { containsDate } from './values/extract-date';
import { titleLine } from './values/extract-title';

export interface RankedClause {
  clauseId: number;
  ordinal: number;
  /** The structure-aware score used for the order (higher is better). */
  score: number;
  /** The clause's BM25 for the request (0 when it did not match). */
  bm25: number;
  /** Share of the request's content words that the clause contains, in [0, 1]. */
  coverage: number;
  text: string;
}

export interface DocumentRanking {
  documentId: number;
  /** Best first, at most `keep`. */
  clauses: RankedClause[];
}

export interface ColumnQuery {
  request: string;
  structure: TypeStructure;
}

/** How many BM25 hits per document are re-scored with text features. */
const POOL_PER_DOCUMENT = 8;
/** The first clauses of a contract hold its title, parties and date. */
const PREAMBLE_CLAUSES = 3;

export function rankColumn(
  db: Database,
  query: ColumnQuery,
  documentIds: readonly number[],
  keep = 3,
  options: LexicalOptions = DEFAULT_LEXICAL_OPTIONS,
): Map<number, DocumentRanking> {
  const wanted = new Set(documentIds);
  const pools = new Map<number, Array<{ clauseId: number; ordinal: number; bm25: number }>>();
  for (const id of documentIds) pools.set(id, []);

  const terms = requestTerms(query.request);
  if (terms.length > 0) {
    const match = buildMatchExpression(parseQuery(query.request), options);
    const { text, heading, number } = options.weights;
    const rows = db
      .prepare(
        `SELECT c.document_id AS documentId, f.rowid AS clauseId, c.ordinal AS ordinal, bm25(clauses_fts, ${text}, ${heading}, ${number}) AS bm25
         FROM clauses_fts f JOIN clauses c ON c.id = f.rowid WHERE clauses_fts MATCH ? ORDER BY bm25`,
      )
      .raw()
      .iterate(match) as IterableIterator<[number, number, number, number]>;
    for (const [documentId, clauseId, ordinal, bm25] of rows) {
      if (!wanted.has(documentId)) continue;
      const pool = pools.get(documentId)!;
      if (pool.length < POOL_PER_DOCUMENT) pool.push({ clauseId, ordinal, bm25: -bm25 });
    }
  }
  if (query.structure !== 'body') addPreambleClauses(db, documentIds, pools);

  const textOf = db.prepare<[number], { text: string }>('SELECT text FROM clauses WHERE id = ?');
  const result = new Map<number, DocumentRanking>();
  for (const [documentId, pool] of pools) {
    const scored = pool.map((p): RankedClause => {
      const text = textOf.get(p.clauseId)?.text ?? '';
      const coverage = termCoverage(terms, text);
      return { ...p, text, coverage, score: structureScore(query.structure, p.bm25, p.ordinal, text) };
    });
    scored.sort((a, b) => b.score - a.score || a.ordinal - b.ordinal);
    result.set(documentId, { documentId, clauses: scored.slice(0, keep) });
  }
  return result;
}

/** Content words of a request, as the index sees them (lower case, no function or request words). */
export function requestTerms(request: string): string[] {
  const all = [...new Set(words(request))];
  const content = all.filter((t) => !STOPWORDS.has(t) && !REQUEST_WORDS.has(t));
  return content.length > 0 ? content : all;
}

/** Share of the terms the text contains, a term counting when the text has it or a word sharing its root. */
export function termCoverage(terms: readonly string[], text: string): number {
  if (terms.length === 0) return 0;
  const present = new Set(words(text));
  const found = terms.filter((term) => {
    if (present.has(term)) return true;
    const root = stemPrefix(term) ?? (term.length > 4 ? term.slice(0, term.length - 1) : null);
    if (!root) return false;
    for (const w of present) if (w.startsWith(root)) return true;
    return false;
  });
  return found.length / terms.length;
}

function addPreambleClauses(db: Database, documentIds: readonly number[], pools: Map<number, Array<{ clauseId: number; ordinal: number; bm25: number }>>): void {
  const first = db.prepare<[number, number], { id: number; ordinal: number }>('SELECT id, ordinal FROM clauses WHERE document_id = ? AND ordinal < ? ORDER BY ordinal');
  for (const documentId of documentIds) {
    const pool = pools.get(documentId)!;
    for (const row of first.all(documentId, PREAMBLE_CLAUSES)) {
      if (!pool.some((p) => p.clauseId === row.id)) pool.push({ clauseId: row.id, ordinal: row.ordinal, bm25: 0 });
    }
  }
}

/**
 * The order inside a document. Body types: BM25 alone. Title: the first clause whose
 * opening reads like a title. Preamble and dated types: BM25 lifted for the contract's
 * opening clauses, and dated types need a date in the clause.
 */
export function structureScore(structure: TypeStructure, bm25: number, ordinal: number, text: string): number {
  switch (structure) {
    case 'body':
      return bm25;
    case 'title':
      return (titleLine(text) !== null ? 10 : 0) + (PREAMBLE_CLAUSES - Math.min(ordinal, PREAMBLE_CLAUSES)) + bm25 / 100;
    case 'preamble':
      return (bm25 + 1) * positionPrior(ordinal);
    case 'dated':
      return (bm25 + 1) * positionPrior(ordinal) * (containsDate(text) ? 1 : 0.2);
  }
}

function positionPrior(ordinal: number): number {
  return ordinal < PREAMBLE_CLAUSES ? 3 : ordinal < 10 ? 1.5 : 1;
}
