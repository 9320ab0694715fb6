/**
 * Turns cited clauses into the bytes of an export file. The worker only builds the file;
 * the main process asks the user where to save it, so the engine never writes outside
 * its own folder.
 */
import type { ClauseWithDocument, ExportFormat } from '../../shared/api';
import type { ExportResult } from '../../shared/app-api';
import { exportCsv } from '../engine/export/export-csv';
import { exportDocx } from '../engine/export/export-docx';
import { exportMarkdown, type ExportContext } from '../engine/export/export-markdown';
import { ownedBytes } from './owned-bytes';

const MIME_TYPES: Record<ExportFormat, string> = {
  md: 'text/markdown',
  csv: 'text/csv',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

// Excel opens a CSV as UTF-8 only when it starts with a byte-order mark; without it,
// "§" and curly quotes come out garbled.
const UTF8_BOM = '\uFEFF';

export async function buildExport(
  clauses: ClauseWithDocument[],
  format: ExportFormat,
  query: string | undefined,
  now = new Date(),
  versions: Omit<ExportContext, 'query'> = {},
): Promise<ExportResult> {
  const context: ExportContext = { query, ...versions };
  const bytes =
    format === 'docx'
      ? await exportDocx(clauses, context)
      : new TextEncoder().encode(format === 'md' ? exportMarkdown(clauses, context) : UTF8_BOM + exportCsv(clauses, context));
  return { fileName: `cited-clauses-${localDate(now)}.${format}`, mimeType: MIME_TYPES[format], bytes: ownedBytes(bytes) };
}

function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
