import type { Migration } from './migration';

/**
 * Chunk embeddings: which model the stored vectors belong to, and which chunks have one.
 * The vec0 table itself (`chunk_vectors`) is created at run time by vector-model.ts,
 * because its column type carries the model's dimension, which only a chosen model knows.
 */
export const migration0002: Migration = {
  version: 2,
  name: 'embeddings',
  up(db) {
    db.exec(`
      -- One row: the model whose vectors chunk_vectors holds. A different model or
      -- dimension drops those vectors and marks every chunk pending again.
      CREATE TABLE embedding_model (
        id         INTEGER PRIMARY KEY CHECK (id = 1),
        model_id   TEXT    NOT NULL,
        dimension  INTEGER NOT NULL CHECK (dimension > 0),
        set_at     TEXT    NOT NULL
      );

      -- 1 once the chunk's vector is stored (written in the same transaction), so an
      -- interrupted embedding phase resumes without redoing finished chunks.
      ALTER TABLE chunks ADD COLUMN embedded INTEGER NOT NULL DEFAULT 0 CHECK (embedded IN (0, 1));

      -- Only pending chunks are indexed: finding the next batch stays cheap as the library grows.
      CREATE INDEX chunks_pending ON chunks (id) WHERE embedded = 0;
    `);
  },
};
