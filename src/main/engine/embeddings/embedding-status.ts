import type { Database } from 'better-sqlite3';

/** How far one document's chunks are embedded (for the `docs` command and the library view). */
export interface DocumentEmbeddingStatus {
  documentId: number;
  chunks: number;
  embedded: number;
}

export interface EmbeddingTotals {
  chunks: number;
  embedded: number;
}

/** Per-document embedding state, every document that has chunks, or only `documentIds`. */
export function documentEmbeddingStatus(db: Database, documentIds?: readonly number[]): DocumentEmbeddingStatus[] {
  const where = documentIds ? 'WHERE c.document_id IN (SELECT value FROM json_each(?))' : '';
  const rows = db
    .prepare(
      `SELECT c.document_id AS documentId, COUNT(*) AS chunks, SUM(ch.embedded) AS embedded
       FROM chunks ch JOIN clauses c ON c.id = ch.clause_id ${where}
       GROUP BY c.document_id ORDER BY c.document_id`,
    )
    .all(...(documentIds ? [JSON.stringify(documentIds)] : [])) as DocumentEmbeddingStatus[];
  return rows;
}

/** Chunks in the whole library and how many of them have a vector. */
export function embeddingTotals(db: Database): EmbeddingTotals {
  const row = db.prepare('SELECT COUNT(*) AS chunks, COALESCE(SUM(embedded), 0) AS embedded FROM chunks').get() as EmbeddingTotals;
  return row;
}
