import type { Database } from 'better-sqlite3';
import type { AuditAction, AuditEntry } from '../../../shared/history';

export type { AuditAction, AuditEntry };

/** Reads and appends the library's history (table audit_log, migration 0005). */

export interface AuditEntryInput {
  action: AuditAction;
  documentPath?: string | null;
  documentTitle?: string | null;
  detail?: Record<string, unknown>;
}

/** Appends one entry; inside a caller's transaction it commits (or rolls back) with that change. */
export function appendAudit(db: Database, entry: AuditEntryInput, at = new Date()): number {
  return Number(
    db
      .prepare('INSERT INTO audit_log (at, action, document_path, document_title, detail_json) VALUES (?, ?, ?, ?, ?)')
      .run(at.toISOString(), entry.action, entry.documentPath ?? null, entry.documentTitle ?? null, JSON.stringify(entry.detail ?? {}))
      .lastInsertRowid,
  );
}

/** The history, newest first. */
export function listAudit(db: Database, limit = 10_000): AuditEntry[] {
  const rows = db
    .prepare('SELECT id, at, action, document_path, document_title, detail_json FROM audit_log ORDER BY id DESC LIMIT ?')
    .all(limit) as Array<{ id: number; at: string; action: AuditAction; document_path: string | null; document_title: string | null; detail_json: string }>;
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    action: r.action,
    documentPath: r.document_path,
    documentTitle: r.document_title,
    detail: JSON.parse(r.detail_json) as Record<string, unknown>,
  }));
}
