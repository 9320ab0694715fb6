import type { Database } from 'better-sqlite3';

const OPEN = '\u0001';
const CLOSE = '\u0002';

/**
 * Where the query matched inside one clause, as [start, end) offsets into its text.
 * FTS5's own highlight() marks the tokens, so stemming and phrases agree with the ranking.
 * `+rowid`: with the plain `rowid = ?` this SQLite build's FTS5 returned the first
 * matching row instead of the one asked for; the unary plus makes it a filter.
 */
export function matchOffsetsInClause(db: Database, clauseId: number, match: string): Array<[number, number]> {
  const row = db
    .prepare(`SELECT highlight(clauses_fts, 0, '${OPEN}', '${CLOSE}') AS marked FROM clauses_fts WHERE clauses_fts MATCH ? AND +rowid = ?`)
    .get(match, clauseId) as { marked: string } | undefined;
  return row ? offsetsFromMarkers(row.marked) : [];
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
