/** Reads one stored document's clauses, finds its definitions and references, resolves them, and stores the rows. */
import type { Database } from 'better-sqlite3';
import { isDocumentRead, saveDocumentLinks, type DefinitionRow, type ReferenceRow } from '../store/definitions-store';
import { findDefinitions } from './find-definitions';
import { findReferences } from './find-references';
import { createResolver } from './resolve-references';

interface ClauseRow {
  id: number;
  number: string | null;
  heading: string | null;
  pathJson: string;
  charStart: number;
  text: string;
}

export function indexDocumentLinks(db: Database, documentId: number): { definitions: number; references: number; resolved: number } {
  const clauses = db
    .prepare('SELECT id, number, heading, path_json AS pathJson, char_start AS charStart, text FROM clauses WHERE document_id = ? ORDER BY ordinal')
    .all(documentId) as ClauseRow[];
  const resolve = createResolver(
    clauses.map((c) => ({ id: c.id, number: c.number, heading: c.heading, path: JSON.parse(c.pathJson) as string[], opening: c.text.slice(0, 80) })),
  );
  const definitions: DefinitionRow[] = [];
  const references: ReferenceRow[] = [];
  for (const c of clauses) {
    for (const d of findDefinitions(c.text)) {
      definitions.push({ clauseId: c.id, term: d.term, form: d.form, text: d.text, charStart: c.charStart + d.start, charEnd: c.charStart + d.end });
    }
    for (const r of findReferences(c.text)) {
      const target = resolve(r);
      references.push({ clauseId: c.id, kind: r.kind, label: r.label, targetClauseId: target, charStart: c.charStart + r.start, charEnd: c.charStart + r.end });
    }
  }
  saveDocumentLinks(db, documentId, definitions, references);
  return { definitions: definitions.length, references: references.length, resolved: references.filter((r) => r.targetClauseId !== null).length };
}

/** Indexes the document unless it already was (libraries from before migration 0008 fill in on first use). */
export function ensureDocumentLinks(db: Database, documentId: number): void {
  if (!isDocumentRead(db, documentId)) indexDocumentLinks(db, documentId);
}
