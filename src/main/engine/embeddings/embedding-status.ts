import type { Database } from 'better-sqlite3';

export interface EmbeddingTotals {
  chunks: number;
  embedded: number;
}

/** Chunks in the whole library (per document: DocumentSummary.chunkCount / embeddedChunks) and how many of them have a vector. */
export function embeddingTotals(db: Database): EmbeddingTotals {
  const row = db.prepare('SELECT COUNT(*) AS chunks, COALESCE(SUM(embedded), 0) AS embedded FROM chunks').get() as EmbeddingTotals;
  return row;
}
