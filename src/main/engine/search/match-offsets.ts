import type { Database } from 'better-sqlite3';

const OPEN = '\u0001';
const CLOSE = '\u0002';

/**
 * Where the query matched inside each of the given clauses, as [start, end) offsets into
 * their texts. FTS5's own highlight() marks the tokens, so stemming and phrases agree
 * with the ranking. One MATCH pass serves every clause of a result list. The rowid test is
 * `+rowid`: with a plain rowid constraint this SQLite build's FTS5 returned the first
 * matching row instead of the one asked for; the unary plus makes it a filter.
 */
export function matchOffsetsInClauses(db: Database, clauseIds: readonly number[], match: string): Map<number, Array<[number, number]>> {
  const offsets = new Map<number, Array<[number, number]>>();
  if (clauseIds.length === 0) return offsets;
  const rows = db
    .prepare(
      `SELECT rowid AS clauseId, highlight(clauses_fts, 0, '${OPEN}', '${CLOSE}') AS marked FROM clauses_fts
       WHERE clauses_fts MATCH ? AND +rowid IN (SELECT value FROM json_each(?))`,
    )
    .all(match, JSON.stringify(clauseIds)) as Array<{ clauseId: number; marked: string }>;
  for (const row of rows) offsets.set(row.clauseId, offsetsFromMarkers(row.marked));
  return offsets;
}

/** Strips the markers and returns the spans they enclosed, in unmarked coordinates. */
export function offsetsFromMarkers(marked: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let plainIndex = 0;
  let openAt = -1;
  for (const ch of marked) {
    if (ch === OPEN) openAt = plainIndex;
    else if (ch === CLOSE) {
      if (openAt >= 0) spans.push([openAt, plainIndex]);
      openAt = -1;
    } else plainIndex += ch.length;
  }
  return spans;
}
