// Owns the SQL that ranks clauses inside FTS5: top N by weighted bm25, no per-row join.
import type { Database, Statement } from 'better-sqlite3';

export interface RankedRow {
  clauseId: number;
  bm25: number;
}

export interface Bm25Weights {
  text: number;
  heading: number;
  number: number;
}

/** First pass when a filter is set: this many ranked rows per result wanted, before reading the whole list. */
const FILTER_OVERFETCH = 20;
const FILTER_MIN_FETCH = 500;

/**
 * The FTS5 index alone, ordered by bm25 then rowid (so ties never depend on the plan) and cut
 * at N by SQLite's top-N sorter. Joining `clauses` for every matching row only to read a
 * document id cost most of the old query's time on a large library; nothing here joins.
 */
function rankStatement(db: Database, weights: Bm25Weights, limited: boolean): Statement {
  const { text, heading, number } = weights;
  return db.prepare(
    `SELECT rowid AS clauseId, bm25(clauses_fts, ${Number(text)}, ${Number(heading)}, ${Number(number)}) AS bm25
     FROM clauses_fts WHERE clauses_fts MATCH ?
     ORDER BY bm25, rowid${limited ? ' LIMIT ?' : ''}`,
  );
}

/** The best `limit` clauses for `match`, best first. */
export function topRankedRows(db: Database, match: string, weights: Bm25Weights, limit: number): RankedRow[] {
  if (limit < 1) return [];
  return rankStatement(db, weights, true).all(match, limit) as RankedRow[];
}

/**
 * The best `limit` clauses for `match` among those `allowed` accepts. A first pass reads an
 * over-fetched top list; only when too few of those pass does a second read the full
 * ranked list. Either way the answer equals filtering the full ranking.
 */
export function topRankedRowsWhere(
  db: Database,
  match: string,
  weights: Bm25Weights,
  limit: number,
  allowed: (clauseId: number) => boolean,
): RankedRow[] {
  if (limit < 1) return [];
  const fetch = Math.max(FILTER_MIN_FETCH, limit * FILTER_OVERFETCH);
  const first = topRankedRows(db, match, weights, fetch);
  const kept = first.filter((row) => allowed(row.clauseId));
  if (kept.length >= limit || first.length < fetch) return kept.slice(0, limit);
  const rows: RankedRow[] = [];
  const iterator = rankStatement(db, weights, false).iterate(match) as IterableIterator<RankedRow>;
  for (const row of iterator) {
    if (!allowed(row.clauseId)) continue;
    rows.push(row);
    if (rows.length >= limit) {
      iterator.return?.();
      break;
    }
  }
  return rows;
}

/** The clause ids of some documents, for a document filter checked in memory. */
export function clauseIdsOfDocuments(db: Database, documentIds: readonly number[]): Set<number> {
  const ids = db
    .prepare('SELECT id FROM clauses WHERE document_id IN (SELECT value FROM json_each(?))')
    .pluck()
    .all(JSON.stringify(documentIds)) as number[];
  return new Set(ids);
}
