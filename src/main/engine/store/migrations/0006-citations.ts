import type { Migration } from './migration';

/**
 * Citations a lawyer can file (issue 12): each page's printed number with how it was
 * checked, the document's own title (and whether the user renamed it), the share of
 * dictionary words in its text (a garbled text layer is flagged), and the clauses the
 * user marked to cite, kept with the query that found them so they survive a restart.
 */
export const migration0006: Migration = {
  version: 6,
  name: 'citations',
  up(db) {
    db.exec(`
      -- "83", "iv", "A-3"; null when the page prints none. Only 'sequence' and 'inferred'
      -- numbers are cited; an 'unchecked' reading disagreed with its neighbours.
      ALTER TABLE pages ADD COLUMN printed_label TEXT;
      ALTER TABLE pages ADD COLUMN printed_check TEXT CHECK (printed_check IN ('sequence', 'inferred', 'unchecked'));

      -- Where documents.title came from: 'file' (its name), 'metadata', 'first-page' or 'user' (renamed).
      ALTER TABLE documents ADD COLUMN title_source TEXT NOT NULL DEFAULT 'file';
      -- The parties the first page names ("Corrigan Mills Ltd / Ostrander Foods plc"), shown beside the title.
      ALTER TABLE documents ADD COLUMN parties TEXT;
      -- Share of words on the text layer that are dictionary words (0..1); null when not measured.
      ALTER TABLE documents ADD COLUMN text_quality REAL;
      -- Pages whose text layer looks garbled (OCR junk).
      ALTER TABLE documents ADD COLUMN poor_pages INTEGER NOT NULL DEFAULT 0;

      CREATE TABLE cited_clauses (
        clause_id  INTEGER PRIMARY KEY REFERENCES clauses (id) ON DELETE CASCADE,
        query      TEXT    NOT NULL,
        cited_at   TEXT    NOT NULL
      );
    `);
  },
};
