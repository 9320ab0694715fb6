import type { Migration } from './migration';

/** Cross-encoder scores cached by (model, normalised query, window hash). */
export const migration0003: Migration = {
  version: 3,
  name: 'rerank-cache',
  up(db) {
    void db; // filled in with the re-ranking work
  },
};
