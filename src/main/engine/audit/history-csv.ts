import type { AuditEntry, ExportedClauseRef } from '../../../shared/history';
import { csvField } from '../export/export-csv';

/** The library's history as CSV (audit/ owns presenting the history): one row per entry, oldest first. */
export function historyCsv(entries: readonly AuditEntry[]): string {
  const header = ['time_utc', 'action', 'document_title', 'document_path', 'file', 'format', 'clauses', 'details'];
  const rows = [...entries]
    .sort((a, b) => a.id - b.id)
    .map((e) => [e.at, e.action, e.documentTitle, e.documentPath, text(e.detail.file), text(e.detail.format), exportedClauses(e), otherDetails(e)].map(csvField).join(','));
  return [header.join(','), ...rows].join('\r\n') + '\r\n';
}

/** "Services Agreement §4.2 (clause 17); …" for an export; empty for other actions. */
export function exportedClauses(entry: AuditEntry): string {
  const clauses = entry.detail.clauses as ExportedClauseRef[] | undefined;
  if (!Array.isArray(clauses)) return '';
  return clauses.map((c) => `${c.documentTitle}${c.clauseNumber ? ` §${c.clauseNumber}` : ''} (clause ${c.clauseId})`).join('; ');
}

function otherDetails(entry: AuditEntry): string {
  const { file: _file, format: _format, clauses: _clauses, ...rest } = entry.detail;
  return Object.keys(rest).length === 0 ? '' : Object.entries(rest).map(([k, v]) => `${k}=${String(v)}`).join('; ');
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}
