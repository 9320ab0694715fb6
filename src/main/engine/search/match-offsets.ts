import type { Database } from 'better-sqlite3';

const OPEN = '\u0001';
const CLOSE = '\u0002';

/**
 * Where the query matched inside each of the given clauses, as [start, end) offsets into
 * their texts. FTS5's own highlight() marks the tokens, so stemming and phrases agree
 * with the ranking. Each clause is one MATCH restricted to its rowid, which FTS5 answers by
 * seeking the terms' lists to that row, so the cost follows the result list, not the number
 * of matching clauses in the library. The rowid is bound as a BigInt: bound as a JS number
 * (a REAL to SQLite), FTS5 ignores the constraint and returns every matching row.
 */
export function matchOffsetsInClauses(db: Database, clauseIds: readonly number[], match: string): Map<number, Array<[number, number]>> {
  const offsets = new Map<number, Array<[number, number]>>();
  if (clauseIds.length === 0) return offsets;
  const statement = db
    .prepare(`SELECT highlight(clauses_fts, 0, '${OPEN}', '${CLOSE}') AS marked FROM clauses_fts WHERE clauses_fts MATCH ? AND rowid = ?`)
    .pluck();
  for (const clauseId of new Set(clauseIds)) {
    const marked = statement.get(match, BigInt(clauseId)) as string | undefined;
    if (marked !== undefined) offsets.set(clauseId, offsetsFromMarkers(marked));
  }
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
