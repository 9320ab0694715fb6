import type { Database } from 'better-sqlite3';
import { appendAudit } from './audit-log';
import { writeTransaction } from './write-lock';

/**
 * Removes a document and everything derived from it, in one transaction, and records it.
 * Foreign keys with ON DELETE CASCADE and the delete triggers take pages, clauses, the
 * FTS rows, chunks, vectors and every table that references documents (extras, OCR
 * words, ...). Tables keyed by the document's bytes or path instead of its id (review
 * cells by sha256, review states by path) are cleared here, and the re-rank cache is
 * dropped whole: it is keyed by token-window hashes that cannot be traced to a document.
 * A test scans every table and the file's bytes for the removed text, so a new table that
 * keeps text and escapes this fails it.
 */
export function removeDocumentEverywhere(db: Database, documentId: number): boolean {
  return writeTransaction(db, () => {
    const doc = db.prepare('SELECT path, title, sha256, status FROM documents WHERE id = ?').get(documentId) as
      | { path: string; title: string; sha256: string; status: string }
      | undefined;
    if (!doc) return false;
    db.prepare('DELETE FROM documents WHERE id = ?').run(documentId);
    const sameBytesRemain = db.prepare('SELECT 1 FROM documents WHERE sha256 = ? LIMIT 1').get(doc.sha256) !== undefined;
    if (!sameBytesRemain && tableExists(db, 'review_cells')) db.prepare('DELETE FROM review_cells WHERE document_sha256 = ?').run(doc.sha256);
    if (tableExists(db, 'review_states')) db.prepare('DELETE FROM review_states WHERE document_path = ?').run(doc.path);
    if (tableExists(db, 'rerank_cache')) db.prepare('DELETE FROM rerank_cache').run();
    appendAudit(db, { action: 'removed', documentPath: doc.path, documentTitle: doc.title, detail: { sha256: doc.sha256, status: doc.status } });
    return true;
  });
}

function tableExists(db: Database, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}
