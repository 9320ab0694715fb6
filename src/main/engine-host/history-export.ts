/** The library's history as a CSV file for the window to save (engine-host: bytes only, main writes). */
import type { ExportResult } from '../../shared/app-api';
import type { AuditEntry } from '../../shared/history';
import { historyCsv } from '../engine/audit/history-csv';
import { ownedBytes } from './owned-bytes';

export function buildHistoryExport(entries: readonly AuditEntry[], now = new Date()): ExportResult {
  // Excel reads a CSV as UTF-8 only after a byte-order mark.
  const bytes = new TextEncoder().encode('\uFEFF' + historyCsv(entries));
  const day = now.toISOString().slice(0, 10);
  return { fileName: `library-history-${day}.csv`, mimeType: 'text/csv', bytes: ownedBytes(bytes) };
}
