// One in-memory vector index per open database connection, made on first use.
import type { Database } from 'better-sqlite3';
import { ChunkVectorIndex } from './chunk-vector-index';

const indexes = new WeakMap<Database, ChunkVectorIndex | null>();

/**
 * The connection's index, brought up to date with the stored vectors; null when the
 * database has no change log to follow (opened read-only before migration 0009 ran), and
 * the caller then uses sqlite-vec's scan.
 */
export function currentVectorIndex(db: Database): ChunkVectorIndex | null {
  let index = indexes.get(db);
  if (index === undefined) {
    const hasLog = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'vector_changes'").get() !== undefined;
    index = hasLog ? new ChunkVectorIndex(db) : null;
    indexes.set(db, index);
  }
  index?.refresh();
  return index;
}
