import type { Migration } from './migration';

/**
 * A log of vector changes, so an in-memory vector index (vectors/) can catch up with the
 * stored vectors instead of re-reading them all. SQLite stays the source of truth: a row is
 * written by trigger in the same transaction as the change it records, so no crash can
 * separate them. embedded = 1: the chunk's vector was (re)written; 0: it is gone (chunk
 * deleted, or the model changed). AUTOINCREMENT keeps seq increasing across pruning, so a
 * reader that finds a gap after the seq it applied knows it missed rows and rebuilds.
 */
export const migration0009: Migration = {
  version: 9,
  name: 'vector-changes',
  up(db) {
    db.exec(`
      CREATE TABLE vector_changes (
        seq       INTEGER PRIMARY KEY AUTOINCREMENT,
        chunk_id  INTEGER NOT NULL,
        embedded  INTEGER NOT NULL CHECK (embedded IN (0, 1))
      );
      CREATE TRIGGER chunks_vector_change_update AFTER UPDATE OF embedded ON chunks BEGIN
        INSERT INTO vector_changes (chunk_id, embedded) VALUES (new.id, new.embedded);
      END;
      CREATE TRIGGER chunks_vector_change_delete AFTER DELETE ON chunks WHEN old.embedded = 1 BEGIN
        INSERT INTO vector_changes (chunk_id, embedded) VALUES (old.id, 0);
      END;
    `);
  },
};
