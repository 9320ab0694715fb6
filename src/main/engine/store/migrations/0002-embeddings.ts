import type { Migration } from './migration';

/** Chunk embeddings: which model the stored vectors belong to, and which chunks have one. */
export const migration0002: Migration = {
  version: 2,
  name: 'embeddings',
  up(db) {
    void db; // filled in with the embeddings work
  },
};
