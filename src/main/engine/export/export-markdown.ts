import type { ClauseWithDocument } from '../../../shared/api';
import { pinpointCitation } from './citation';

export interface ExportContext {
  /** The query that found the clauses, recorded beside them. */
  query?: string;
}

/** Each clause as a block quote under its pinpoint citation. */
export function exportMarkdown(clauses: readonly ClauseWithDocument[], context: ExportContext = {}): string {
  const lines = ['# Cited clauses', ''];
  if (context.query) lines.push(`Query: ${context.query}`, '');
  for (const clause of clauses) {
    lines.push(`## ${pinpointCitation(clause)}`, '');
    for (const line of clause.text.split('\n')) lines.push(line.trim() === '' ? '>' : `> ${line}`);
    lines.push('', `Source: ${clause.documentPath}`, '');
  }
  return lines.join('\n');
}
