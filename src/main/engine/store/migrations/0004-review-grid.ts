import type { Migration } from './migration';

/**
 * The review grid (issue 10). review_types holds the user's own columns and their edits of
 * built-in ones (a built-in row only stores what changed). review_cells caches computed
 * cells by (document sha256, type definition hash, model id), so a changed document, type
 * or model recomputes only what it touches; candidates are stored by clause ordinal, which
 * is stable for the same bytes. review_states is keyed by document path, so a review
 * outlives a re-ingest of the file; clause_hash says which clause text was reviewed.
 */
export const migration0004: Migration = {
  version: 4,
  name: 'review-grid',
  up(db) {
    db.exec(`
      CREATE TABLE review_types (
        id           TEXT    PRIMARY KEY,
        name         TEXT    NOT NULL,
        description  TEXT    NOT NULL,
        request      TEXT    NOT NULL,
        built_in     INTEGER NOT NULL CHECK (built_in IN (0, 1)),
        hidden       INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
        created_at   TEXT    NOT NULL
      );

      CREATE TABLE review_column_sets (
        name          TEXT PRIMARY KEY COLLATE NOCASE,
        type_ids_json TEXT NOT NULL,
        updated_at    TEXT NOT NULL
      );

      CREATE TABLE review_cells (
        document_sha256 TEXT NOT NULL,
        type_hash       TEXT NOT NULL,
        model_id        TEXT NOT NULL,
        cell_json       TEXT NOT NULL,
        created_at      TEXT NOT NULL,
        PRIMARY KEY (document_sha256, type_hash, model_id)
      ) WITHOUT ROWID;

      CREATE TABLE review_states (
        document_path TEXT NOT NULL,
        type_id       TEXT NOT NULL,
        state         TEXT NOT NULL CHECK (state IN ('unreviewed', 'verified', 'flagged')),
        note          TEXT,
        clause_hash   TEXT NOT NULL,
        reviewed_at   TEXT NOT NULL,
        PRIMARY KEY (document_path, type_id)
      ) WITHOUT ROWID;
    `);
  },
};
