import type { Database } from 'better-sqlite3';

/** A chunk waiting for its vector, with what the model input is made of. */
export interface PendingChunk {
  chunkId: number;
  clauseId: number;
  documentId: number;
  /** The document text [char_start, char_end) of the chunk. */
  text: string;
  heading: string | null;
  /** Whether this is the clause's first window (the one that starts with its number and heading). */
  firstOfClause: boolean;
}

interface Row {
  id: number;
  clause_id: number;
  document_id: number;
  ordinal: number;
  char_start: number;
  char_end: number;
  clause_start: number;
  clause_text: string;
  heading: string | null;
}

// clauses.text is exactly the document text [clause start, clause end) and chunks never
// cross a clause boundary, so slicing the clause gives the document slice without
// reading a whole contract per chunk.
const SELECT = `
  SELECT ch.id, ch.clause_id, c.document_id, ch.ordinal, ch.char_start, ch.char_end,
         c.char_start AS clause_start, c.text AS clause_text, c.heading
  FROM chunks ch JOIN clauses c ON c.id = ch.clause_id`;

function toPending(row: Row): PendingChunk {
  return {
    chunkId: row.id,
    clauseId: row.clause_id,
    documentId: row.document_id,
    text: row.clause_text.slice(row.char_start - row.clause_start, row.char_end - row.clause_start),
    heading: row.heading,
    firstOfClause: row.ordinal === 0,
  };
}

/** Up to `limit` pending chunks with ids above `afterId`, in id (ingest) order. */
export function readPendingChunks(db: Database, afterId: number, limit: number): PendingChunk[] {
  const rows = db.prepare(`${SELECT} WHERE ch.embedded = 0 AND ch.id > ? ORDER BY ch.id LIMIT ?`).all(afterId, limit) as Row[];
  return rows.map(toPending);
}

/** The chunks among `chunkIds` that are still stored and still pending, by id. */
export function readPendingByIds(db: Database, chunkIds: readonly number[]): Map<number, PendingChunk> {
  const rows = db
    .prepare(`${SELECT} WHERE ch.embedded = 0 AND ch.id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(chunkIds)) as Row[];
  return new Map(rows.map((row) => [row.id, toPending(row)]));
}
