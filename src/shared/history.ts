/** The library's history as the CLI and the window show it (engine: store/audit-log.ts). */

export type AuditAction = 'added' | 'replaced' | 'removed' | 'exported' | 'compacted';

export interface AuditEntry {
  id: number;
  /** ISO 8601, UTC. */
  at: string;
  action: AuditAction;
  documentPath: string | null;
  documentTitle: string | null;
  /** The action's particulars: sha256 and counts; for an export the file, format and clauses. */
  detail: Record<string, unknown>;
}

/** One exported clause as the history records it: where it came from, never its text. */
export interface ExportedClauseRef {
  clauseId: number;
  documentTitle: string;
  documentPath: string;
  clauseNumber: string | null;
}

/** What compacting the library did. */
export interface CompactResult {
  bytesBefore: number;
  bytesAfter: number;
}
