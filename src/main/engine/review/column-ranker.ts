/**
 * Ranks every document's clauses for one clause type in a single pass over the index: one
 * FTS5 MATCH for the type's request across the whole library, grouped by document, then
 * re-scored with the contract's structure (title and preamble first) where the type lives
 * there. Returns each document's best clauses with the features presence is judged on.
 */
import type { Database } from 'better-sqlite3';
import { buildMatchExpression, DEFAULT_LEXICAL_OPTIONS, type LexicalOptions } from '../search/lexical-search';
import { ftsAny, quoteFtsString } from '../search/query/fts-expression';
import { learnedScore } from './clause-words';
import { parseQuery, words } from '../search/query/parse-query';
import { REQUEST_WORDS, STOPWORDS } from '../search/query/stopwords';
import { stemPrefix } from '../search/query/stem-prefix';
import type { TypeStructure } from './builtin-types';
import { anchoredDates, containsDate } from './values/extract-date';
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
  /** Sum of the learned term weights the clause contains (0 without learned terms). */
  learned: number;
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
  /** Words learned from training contracts for this type, with weights; searched beside the request. */
  learned?: ReadonlyArray<[string, number]>;
}

/** How many BM25 hits per document are re-scored with text features. */
const POOL_PER_DOCUMENT = 12;
/** How much the learned vocabulary counts beside BM25 (chosen on the CUAD train split). */
const LEARNED_WEIGHT = 2;
/** The first clauses of a contract hold its title, parties and date. */
const PREAMBLE_CLAUSES = 3;

export function rankColumn(
  db: Database,
  query: ColumnQuery,
  documentIds: readonly number[],
  keep = 3,
  options: LexicalOptions = DEFAULT_LEXICAL_OPTIONS,
  index?: ClauseIndex,
): Map<number, DocumentRanking> {
  const wanted = new Set(documentIds);
  const pools = new Map<number, PoolEntry[]>();
  for (const id of documentIds) pools.set(id, []);

  const terms = requestTerms(query.request);
  if (terms.length > 0) {
    const requestMatch = buildMatchExpression(parseQuery(query.request), options);
    const learned = (query.learned ?? []).map(([t]) => quoteFtsString(t));
    const match = learned.length > 0 ? ftsAny([requestMatch, ...learned]) : requestMatch;
    const { text, heading, number } = options.weights;
    const where = index ?? clauseIndex(db, documentIds);
    // No join and no ORDER BY: the index maps each row to its document, and each document's pool is kept sorted here.
    const rows = db
      .prepare(`SELECT rowid, bm25(clauses_fts, ${text}, ${heading}, ${number}) FROM clauses_fts WHERE clauses_fts MATCH ?`)
      .raw()
      .iterate(match) as IterableIterator<[number, number]>;
    for (const [clauseId, bm25] of rows) {
      const at = where.get(clauseId);
      if (at === undefined || !wanted.has(at.documentId)) continue;
      insertTop(pools.get(at.documentId)!, { clauseId, ordinal: at.ordinal, bm25: -bm25 }, POOL_PER_DOCUMENT);
    }
  }
  if (query.structure !== 'body') addPreambleClauses(db, documentIds, pools);

  const textOf = db.prepare<[number], { text: string }>('SELECT text FROM clauses WHERE id = ?');
  const result = new Map<number, DocumentRanking>();
  for (const [documentId, pool] of pools) {
    const scored = pool.map((p) => {
      const text = textOf.get(p.clauseId)?.text ?? '';
      const present = new Set(words(text));
      const learned = query.learned && query.learned.length > 0 ? learnedScore(present, query.learned) : 0;
      const lexical = structureScore(query.structure, p.bm25, p.ordinal, text) * definitionFactor(query, text);
      return { ...p, text, present, learned, score: lexical + LEARNED_WEIGHT * Math.max(0, learned) };
    });
    scored.sort((a, b) => b.score - a.score || a.ordinal - b.ordinal);
    // Coverage is a presence feature of the kept clauses only, so it is computed for them alone.
    const clauses = scored.slice(0, keep).map(({ present, ...c }): RankedClause => ({ ...c, coverage: terms.length === 0 ? 0 : coverageOfWords(terms, present) }));
    result.set(documentId, { documentId, clauses });
  }
  return result;
}

/** Where each clause sits: its document and ordinal, by clause id (built once per grid, shared by its columns). */
export type ClauseIndex = ReadonlyMap<number, { documentId: number; ordinal: number }>;

export function clauseIndex(db: Database, documentIds: readonly number[]): ClauseIndex {
  const wanted = new Set(documentIds);
  const out = new Map<number, { documentId: number; ordinal: number }>();
  const rows = db.prepare('SELECT id, document_id, ordinal FROM clauses').raw().iterate() as IterableIterator<[number, number, number]>;
  for (const [id, documentId, ordinal] of rows) if (wanted.has(documentId)) out.set(id, { documentId, ordinal });
  return out;
}

type PoolEntry = { clauseId: number; ordinal: number; bm25: number };

/** Keeps `pool` as the best `size` entries by BM25, best first (ties: earlier clause first). */
function insertTop(pool: PoolEntry[], entry: PoolEntry, size: number): void {
  if (pool.length >= size && !better(entry, pool[pool.length - 1]!)) return;
  let i = pool.length;
  while (i > 0 && better(entry, pool[i - 1]!)) i--;
  pool.splice(i, 0, entry);
  if (pool.length > size) pool.pop();
}

function better(a: PoolEntry, b: PoolEntry): boolean {
  return a.bm25 > b.bm25 || (a.bm25 === b.bm25 && a.ordinal < b.ordinal);
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
  return coverageOfWords(terms, new Set(words(text)));
}

const MIN_ROOT_LENGTH = 4;

function rootOf(term: string): string | null {
  return stemPrefix(term) ?? (term.length > MIN_ROOT_LENGTH ? term.slice(0, term.length - 1) : null);
}

/** Same as termCoverage over a clause's distinct words; a root is looked up by binary search in the sorted words. */
function coverageOfWords(terms: readonly string[], present: ReadonlySet<string>): number {
  let sorted: string[] | null = null;
  let found = 0;
  for (const term of terms) {
    if (present.has(term)) {
      found++;
      continue;
    }
    const root = rootOf(term);
    if (root === null) continue;
    sorted ??= [...present].sort();
    if (hasPrefix(sorted, root)) found++;
  }
  return found / terms.length;
}

function hasPrefix(sorted: readonly string[], prefix: string): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo]!.startsWith(prefix);
}

function addPreambleClauses(db: Database, documentIds: readonly number[], pools: Map<number, PoolEntry[]>): void {
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
      // The contract's own date follows a dating word ("made as of …"); a bare date is often a stamp or a deadline.
      return (bm25 + 1) * positionPrior(ordinal) * (anchoredDates(text).length > 0 ? 1 : containsDate(text) ? 0.3 : 0.1);
  }
}

// A clause that only defines a term ("Change of Control" means …) is not the operative provision.
const DEFINITION = /^[\s\d.()a-z]*["“][^"”]{2,80}["”]\s*(?:shall\s+)?(?:mean|means|has the meaning|refers)\b/i;

/** Chosen on the CUAD train split (hit@1 +0.3 over no demotion). */
const DEFINITION_FACTOR = 0.5;

/** Body types want the operative clause, not a definition; preamble and dated types are found where the term is defined. */
function definitionFactor(query: ColumnQuery, text: string): number {
  if (query.structure === 'body') return DEFINITION.test(text.slice(0, 300)) ? DEFINITION_FACTOR : 1;
  return 1;
}

function positionPrior(ordinal: number): number {
  return ordinal < PREAMBLE_CLAUSES ? 3 : ordinal < 10 ? 1.5 : 1;
}
