/**
 * What a clause depends on: the definitions of the defined terms it uses (its own
 * definitions left out) and the clauses it refers to. Read at open time from the rows
 * found at ingest; a term is "used" where it appears with its capitals, plural allowed.
 */
import type { Database } from 'better-sqlite3';
import { clauseReferences, documentDefinitions } from '../store/definitions-store';
import { ensureDocumentLinks } from './index-document';
import type { ClauseLinks, ClauseReference, UsedDefinition } from '../../../shared/clause-links';

export type { ClauseLinks, ClauseReference, UsedDefinition };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function clauseLinks(db: Database, clauseId: number): ClauseLinks {
  const clause = db.prepare('SELECT document_id AS documentId, char_start AS charStart, text FROM clauses WHERE id = ?').get(clauseId) as
    | { documentId: number; charStart: number; text: string }
    | undefined;
  if (!clause) return { definitions: [], references: [] };
  ensureDocumentLinks(db, clause.documentId);
  const seen = new Set<string>();
  const definitions: UsedDefinition[] = [];
  for (const d of documentDefinitions(db, clause.documentId)) {
    if (d.clauseId === clauseId || seen.has(d.term)) continue;
    if (!new RegExp(`(?<![\\p{L}\\p{N}])${escape(d.term)}(?:s|es)?(?![\\p{L}\\p{N}])`, 'u').test(clause.text)) continue;
    seen.add(d.term);
    definitions.push({ term: d.term, text: d.text, clauseId: d.clauseId, charStart: d.charStart, charEnd: d.charEnd });
  }
  const label = db.prepare("SELECT trim(coalesce(number, '') || ' ' || coalesce(heading, '')) FROM clauses WHERE id = ?").pluck();
  // "this Section 3.5" inside 3.5 resolves, but there is nothing to open.
  const references = clauseReferences(db, clauseId).filter((r) => r.targetClauseId !== clauseId).map((r) => ({
    kind: r.kind,
    label: r.label,
    targetClauseId: r.targetClauseId,
    targetLabel: r.targetClauseId !== null ? ((label.get(r.targetClauseId) as string) || null) : null,
    start: r.charStart - clause.charStart,
    end: r.charEnd - clause.charStart,
  }));
  return { definitions, references };
}
