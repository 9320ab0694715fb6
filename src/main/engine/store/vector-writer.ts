import type { Database } from 'better-sqlite3';
import { VECTOR_TABLE } from './vector-model';

export interface ChunkVector {
  chunkId: number;
  vector: Float32Array;
}

/** A vector as vec0 reads it: the raw little-endian float32 bytes. */
export function vectorBlob(vector: Float32Array): Buffer {
  return Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength);
}

/**
 * Stores vectors and marks their chunks embedded, in one transaction: a chunk is marked
 * exactly when its vector is there, whatever interrupts the phase. Nested in a caller's
 * transaction it becomes a savepoint of that one.
 */
export function storeChunkVectors(db: Database, dimension: number, items: readonly ChunkVector[]): void {
  // Any stale vector under a reused chunk id is replaced rather than failing the whole phase.
  const remove = db.prepare(`DELETE FROM ${VECTOR_TABLE} WHERE rowid = ?`);
  const insert = db.prepare(`INSERT INTO ${VECTOR_TABLE} (rowid, embedding) VALUES (?, ?)`);
  const mark = db.prepare('UPDATE chunks SET embedded = 1 WHERE id = ?');
  db.transaction(() => {
    for (const { chunkId, vector } of items) {
      if (vector.length !== dimension || !vector.every(Number.isFinite)) {
        throw new Error(`The embedding model returned a bad vector for chunk ${chunkId} (length ${vector.length}, expected ${dimension} finite numbers).`);
      }
      // vec0 takes only integer rowids, which better-sqlite3 passes as such only for a BigInt.
      remove.run(BigInt(chunkId));
      insert.run(BigInt(chunkId), vectorBlob(vector));
      mark.run(chunkId);
    }
  })();
}
