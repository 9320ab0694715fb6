import type { ClauseWithDocument } from '../../../shared/api';
import { clauseProvenance, provenanceNote, type ProvenanceContext } from '../provenance/provenance';
import { pinpointCitation } from './citation';

/** The query that found the clauses, and the app and index versions, recorded with each clause's provenance. */
export interface ExportContext extends ProvenanceContext {
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
    lines.push('', `Source: ${clause.documentPath}`, '', `Provenance: ${provenanceNote(clauseProvenance(clause, context))}`, '');
  }
  return lines.join('\n');
}
