import type { Migration } from './migration';

/**
 * Cross-encoder scores cached by (model, normalised query, window hash). The raw logit is
 * kept, not the sigmoid: it loses nothing and survives a change of calibration. The
 * window hash is sha256 of the window's token ids (search/rerank/window-hash.ts).
 * created_at (ms since the epoch) lets pruning drop the oldest rows first.
 */
export const migration0003: Migration = {
  version: 3,
  name: 'rerank-cache',
  up(db) {
    db.exec(`
      CREATE TABLE rerank_cache (
        model_id     TEXT    NOT NULL,
        query        TEXT    NOT NULL,
        window_hash  BLOB    NOT NULL,
        logit        REAL    NOT NULL,
        created_at   INTEGER NOT NULL,
        PRIMARY KEY (model_id, query, window_hash)
      ) WITHOUT ROWID;
      CREATE INDEX rerank_cache_created_at ON rerank_cache (created_at);
    `);
  },
};
