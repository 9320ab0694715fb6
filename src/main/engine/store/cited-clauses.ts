import type { Database } from 'better-sqlite3';

/** The clauses the user marked to cite, with the query that found each (migration 0006), in the order marked. */
export function listCitedClauses(db: Database): Array<{ clauseId: number; query: string }> {
  return db.prepare('SELECT clause_id AS clauseId, query FROM cited_clauses ORDER BY cited_at, rowid').all() as Array<{ clauseId: number; query: string }>;
}

/** Marks (query given) or unmarks (null) a clause; marking one already marked keeps its first query. */
export function setCitedClause(db: Database, clauseId: number, query: string | null): void {
  if (query === null) db.prepare('DELETE FROM cited_clauses WHERE clause_id = ?').run(clauseId);
  else db.prepare('INSERT OR IGNORE INTO cited_clauses (clause_id, query, cited_at) VALUES (?, ?, ?)').run(clauseId, query, new Date().toISOString());
}
