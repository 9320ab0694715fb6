import type { Migration } from './migration';

/**
 * File formats, OCR and watched folders (issue 13), kept in side tables so the core
 * documents table is untouched:
 * - document_extras: sentences shown with a document (tracked changes, scan quality) and,
 *   for OCR'd PDFs, the pages OCR'd, mean word confidence and pages hard to read;
 * - ocr_words: each OCR word's span in the document text and its box on the page,
 *   as fractions of the page (0–1, origin top-left), so a hit is drawn on the page image;
 * - watched_folders: folders the library keeps in line with the disk;
 * - missing_documents: documents whose file has gone; their clauses leave the search
 *   index but the rows (and any review state on them) stay until the user removes them.
 */
export const migration0007: Migration = {
  version: 7,
  name: 'formats-ocr-folders',
  up(db) {
    db.exec(`
      CREATE TABLE document_extras (
        document_id          INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
        notes_json           TEXT    NOT NULL DEFAULT '[]',
        ocr_pages_json       TEXT    NOT NULL DEFAULT '[]',
        ocr_confidence       REAL,
        low_quality_pages_json TEXT  NOT NULL DEFAULT '[]'
      );

      CREATE TABLE ocr_words (
        document_id  INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        page_number  INTEGER NOT NULL,
        char_start   INTEGER NOT NULL,
        char_end     INTEGER NOT NULL,
        x0 REAL NOT NULL, y0 REAL NOT NULL, x1 REAL NOT NULL, y1 REAL NOT NULL,
        PRIMARY KEY (document_id, char_start)
      ) WITHOUT ROWID;

      CREATE TABLE watched_folders (
        path      TEXT PRIMARY KEY,
        added_at  TEXT NOT NULL
      );

      CREATE TABLE missing_documents (
        document_id    INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
        missing_since  TEXT NOT NULL
      );
    `);
  },
};
