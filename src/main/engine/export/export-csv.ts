import type { ClauseWithDocument } from '../../../shared/api';
import { clauseProvenance, PROVENANCE_CSV_COLUMNS, provenanceCsvValues } from '../provenance/provenance';
import { pinpointCitation } from './citation';
import type { ExportContext } from './export-markdown';

/** RFC 4180 quoting; a leading =,+,-,@ is defused so spreadsheets never run clause text as a formula. */
export function csvField(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function exportCsv(clauses: readonly ClauseWithDocument[], context: ExportContext = {}): string {
  // The provenance columns come last, so sheets built on the older columns keep working.
  const header = ['citation', 'document_title', 'clause_number', 'heading', 'page_start', 'page_end', 'text', 'document_path', 'query', ...PROVENANCE_CSV_COLUMNS];
  const rows = clauses.map((c) =>
    [pinpointCitation(c), c.documentTitle, c.number, c.heading, c.pageStart, c.pageEnd, c.text, c.documentPath, context.query ?? null, ...provenanceCsvValues(clauseProvenance(c, context))]
      .map(csvField)
      .join(','),
  );
  return [header.join(','), ...rows].join('\r\n') + '\r\n';
}
