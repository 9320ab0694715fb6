import type { Migration } from './migration';

/**
 * The library's history (issue 11): what was added, replaced, removed, exported (which
 * clauses, to which file) and compacted, and when. Append-only: triggers refuse UPDATE
 * and DELETE, so the app cannot rewrite what left the machine. detail_json holds the
 * action's particulars (sha256, counts, the exported clauses and file); it never holds
 * clause text, so removing a document leaves none of its text here.
 */
export const migration0005: Migration = {
  version: 5,
  name: 'audit-log',
  up(db) {
    db.exec(`
      CREATE TABLE audit_log (
        id              INTEGER PRIMARY KEY,
        at              TEXT    NOT NULL,
        action          TEXT    NOT NULL CHECK (action IN ('added', 'replaced', 'removed', 'exported', 'compacted')),
        document_path   TEXT,
        document_title  TEXT,
        detail_json     TEXT    NOT NULL DEFAULT '{}'
      );
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
        SELECT RAISE(ABORT, 'The library history is append-only.');
      END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
        SELECT RAISE(ABORT, 'The library history is append-only.');
      END;
    `);
  },
};
