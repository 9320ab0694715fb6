/** Rows of defined terms and cross-references (migration 0008): written per document, read per clause. No parsing here. */
import type { Database } from 'better-sqlite3';
import { writeTransaction } from './write-lock';

export interface DefinitionRow {
  clauseId: number;
  term: string;
  form: 'means' | 'parenthetical';
  text: string;
  charStart: number;
  charEnd: number;
}

export interface ReferenceRow {
  clauseId: number;
  kind: string;
  label: string;
  targetClauseId: number | null;
  charStart: number;
  charEnd: number;
}

export function isDocumentRead(db: Database, documentId: number): boolean {
  return db.prepare('SELECT 1 FROM definition_runs WHERE document_id = ?').get(documentId) !== undefined;
}

/** Replaces a document's rows in one transaction and marks it read. */
export function saveDocumentLinks(db: Database, documentId: number, definitions: readonly DefinitionRow[], references: readonly ReferenceRow[]): void {
  writeTransaction(db, () => {
    db.prepare('DELETE FROM definitions WHERE document_id = ?').run(documentId);
    db.prepare('DELETE FROM clause_references WHERE document_id = ?').run(documentId);
    const def = db.prepare('INSERT INTO definitions (document_id, clause_id, term, form, text, char_start, char_end) VALUES (?, ?, ?, ?, ?, ?, ?)');
    for (const d of definitions) def.run(documentId, d.clauseId, d.term, d.form, d.text, d.charStart, d.charEnd);
    const ref = db.prepare('INSERT INTO clause_references (document_id, clause_id, kind, label, target_clause_id, char_start, char_end) VALUES (?, ?, ?, ?, ?, ?, ?)');
    for (const r of references) ref.run(documentId, r.clauseId, r.kind, r.label, r.targetClauseId, r.charStart, r.charEnd);
    db.prepare('INSERT OR IGNORE INTO definition_runs (document_id) VALUES (?)').run(documentId);
  });
}

export function documentDefinitions(db: Database, documentId: number): DefinitionRow[] {
  return db
    .prepare('SELECT clause_id AS clauseId, term, form, text, char_start AS charStart, char_end AS charEnd FROM definitions WHERE document_id = ? ORDER BY char_start')
    .all(documentId) as DefinitionRow[];
}

export function clauseReferences(db: Database, clauseId: number): ReferenceRow[] {
  return db
    .prepare('SELECT clause_id AS clauseId, kind, label, target_clause_id AS targetClauseId, char_start AS charStart, char_end AS charEnd FROM clause_references WHERE clause_id = ? ORDER BY char_start')
    .all(clauseId) as ReferenceRow[];
}

export function documentReferences(db: Database, documentId: number): ReferenceRow[] {
  return db
    .prepare('SELECT clause_id AS clauseId, kind, label, target_clause_id AS targetClauseId, char_start AS charStart, char_end AS charEnd FROM clause_references WHERE document_id = ? ORDER BY char_start')
    .all(documentId) as ReferenceRow[];
}
