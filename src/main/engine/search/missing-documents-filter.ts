import type { Database } from 'better-sqlite3';

/**
 * Documents whose file has gone (sync, watched folders) leave the search: their FTS rows
 * are removed, but their vectors stay so the document comes back whole when the file does.
 * The semantic stage therefore drops them here.
 */
export function missingClauseCount(db: Database): number {
  return db
    .prepare('SELECT COUNT(*) FROM clauses c JOIN missing_documents m ON m.document_id = c.document_id')
    .pluck()
    .get() as number;
}

/** The hits whose clause belongs to a document that is still there, ranks renumbered from 1. */
export function withoutMissingDocuments<T extends { clauseId: number; rank: number }>(db: Database, hits: readonly T[], limit: number): T[] {
  if (hits.length === 0) return [];
  const missing = new Set(
    db
      .prepare(
        `SELECT c.id FROM clauses c JOIN missing_documents m ON m.document_id = c.document_id
         WHERE c.id IN (SELECT value FROM json_each(?))`,
      )
      .pluck()
      .all(JSON.stringify(hits.map((h) => h.clauseId))) as number[],
  );
  return hits
    .filter((h) => !missing.has(h.clauseId))
    .slice(0, limit)
    .map((h, i) => ({ ...h, rank: i + 1 }));
}
