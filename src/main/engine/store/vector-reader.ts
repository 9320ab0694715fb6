import type { Database } from 'better-sqlite3';
import { VECTOR_TABLE } from './vector-model';

/** A stored chunk vector with the clause it belongs to. */
export interface StoredChunkVector {
  chunkId: number;
  clauseId: number;
  embedding: Buffer;
}

/** Every stored vector in chunk id order, streamed, so a 500k-vector library is never one array of rows. */
export function* iterateChunkVectors(db: Database): Generator<StoredChunkVector> {
  const rows = db
    .prepare(`SELECT ch.id AS chunkId, ch.clause_id AS clauseId, v.embedding AS embedding FROM ${VECTOR_TABLE} v JOIN chunks ch ON ch.id = v.rowid ORDER BY ch.id`)
    .iterate() as IterableIterator<StoredChunkVector>;
  yield* rows;
}

/** The vectors of some chunks (those still stored; a deleted chunk is absent). */
export function readChunkVectors(db: Database, chunkIds: readonly number[]): StoredChunkVector[] {
  if (chunkIds.length === 0) return [];
  return db
    .prepare(
      `SELECT ch.id AS chunkId, ch.clause_id AS clauseId, v.embedding AS embedding
       FROM chunks ch JOIN ${VECTOR_TABLE} v ON v.rowid = ch.id
       WHERE ch.id IN (SELECT value FROM json_each(?)) AND ch.embedded = 1`,
    )
    .all(JSON.stringify(chunkIds)) as StoredChunkVector[];
}

/** The last vector change logged (0 before any): an index built at this seq is current while it stays. */
export function lastVectorChange(db: Database): number {
  const row = db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'vector_changes'").get() as { seq: number } | undefined;
  return row?.seq ?? 0;
}

/** Changes after `seq` (at least one was logged), oldest first, or null when some of them were pruned (the reader must rebuild). */
export function vectorChangesSince(db: Database, seq: number, max: number): Array<{ seq: number; chunkId: number; embedded: number }> | null {
  const rows = db
    .prepare('SELECT seq, chunk_id AS chunkId, embedded FROM vector_changes WHERE seq > ? ORDER BY seq LIMIT ?')
    .all(seq, max) as Array<{ seq: number; chunkId: number; embedded: number }>;
  if (rows.length === 0 || rows[0]!.seq !== seq + 1) return null;
  return rows;
}

/** Drops logged changes older than the newest `keep`; readers further behind rebuild. */
export function pruneVectorChanges(db: Database, keep: number): void {
  db.prepare('DELETE FROM vector_changes WHERE seq <= (SELECT seq FROM sqlite_sequence WHERE name = ?) - ?').run('vector_changes', keep);
}
