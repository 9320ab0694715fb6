import type { Database } from 'better-sqlite3';
import { NotFoundError } from '../../../shared/errors';

/** Renames a document as the user asked (migration 0006 records the title as the user's own). */
export function renameDocument(db: Database, documentId: number, title: string): void {
  const changed = db.prepare("UPDATE documents SET title = ?, title_source = 'user' WHERE id = ?").run(title, documentId).changes;
  if (changed === 0) throw new NotFoundError(`There is no document with id ${documentId}; it may have been removed.`);
}
