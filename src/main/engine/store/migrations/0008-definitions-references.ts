import type { Migration } from './migration';

/**
 * Defined terms and internal cross-references found at ingest (issue 14). Offsets are
 * into the document text. definition_runs records which documents were read, so older
 * libraries are filled in the first time a clause's links are asked for.
 */
export const migration0008: Migration = {
  version: 8,
  name: 'definitions-references',
  up(db) {
    db.exec(`
      CREATE TABLE definitions (
        id           INTEGER PRIMARY KEY,
        document_id  INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        clause_id    INTEGER NOT NULL REFERENCES clauses (id) ON DELETE CASCADE,
        term         TEXT    NOT NULL,
        form         TEXT    NOT NULL CHECK (form IN ('means', 'parenthetical')),
        text         TEXT    NOT NULL,
        char_start   INTEGER NOT NULL,
        char_end     INTEGER NOT NULL
      );
      CREATE INDEX definitions_document ON definitions (document_id);

      CREATE TABLE clause_references (
        id               INTEGER PRIMARY KEY,
        document_id      INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        clause_id        INTEGER NOT NULL REFERENCES clauses (id) ON DELETE CASCADE,
        kind             TEXT    NOT NULL,
        label            TEXT    NOT NULL,
        target_clause_id INTEGER REFERENCES clauses (id) ON DELETE SET NULL,
        char_start       INTEGER NOT NULL,
        char_end         INTEGER NOT NULL
      );
      CREATE INDEX clause_references_clause ON clause_references (clause_id);

      CREATE TABLE definition_runs (
        document_id  INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE
      );
    `);
  },
};
