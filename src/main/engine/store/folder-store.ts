/**
 * Storage for watched folders and missing documents (migration 0007). A missing
 * document keeps its rows (and whatever review state hangs on its clauses) but its
 * clauses leave the full-text index; when its file comes back they are indexed again.
 */
import type { Database } from 'better-sqlite3';
import { writeTransaction } from './write-lock';

export class FolderStore {
  constructor(private readonly db: Database) {}

  addFolder(folder: string): void {
    this.db.prepare('INSERT OR IGNORE INTO watched_folders (path, added_at) VALUES (?, ?)').run(folder, new Date().toISOString());
  }

  removeFolder(folder: string): boolean {
    return this.db.prepare('DELETE FROM watched_folders WHERE path = ?').run(folder).changes > 0;
  }

  folders(): string[] {
    return this.db.prepare<[], { path: string }>('SELECT path FROM watched_folders ORDER BY path').all().map((r) => r.path);
  }

  missingIds(): Set<number> {
    return new Set(this.db.prepare<[], { document_id: number }>('SELECT document_id FROM missing_documents').all().map((r) => r.document_id));
  }

  markMissing(documentId: number): void {
    writeTransaction(this.db, () => {
      const inserted = this.db
        .prepare('INSERT OR IGNORE INTO missing_documents (document_id, missing_since) VALUES (?, ?)')
        .run(documentId, new Date().toISOString()).changes;
      if (inserted > 0) {
        this.db.prepare('DELETE FROM clauses_fts WHERE rowid IN (SELECT id FROM clauses WHERE document_id = ?)').run(documentId);
      }
    });
  }

  /** The file is back (same bytes): its clauses are searchable again. */
  markPresent(documentId: number): void {
    writeTransaction(this.db, () => {
      if (this.db.prepare('DELETE FROM missing_documents WHERE document_id = ?').run(documentId).changes === 0) return;
      this.db
        .prepare(
          `INSERT INTO clauses_fts (rowid, text, heading, number)
           SELECT id, text, COALESCE(heading, ''), COALESCE(number, '') FROM clauses WHERE document_id = ?`,
        )
        .run(documentId);
    });
  }

  /** A file moved or renamed with the same bytes: the document follows it. */
  movePath(documentId: number, newPath: string): void {
    writeTransaction(this.db, () => {
      this.db.prepare('UPDATE documents SET path = ? WHERE id = ?').run(newPath, documentId);
    });
  }
}
