import type { Database } from 'better-sqlite3';
import { expect } from 'vitest';
import { DocumentWriter, type ClauseToStore } from '../../../../src/main/engine/store/document-writer';

export interface ClauseSpec {
  heading?: string;
  /** Each string is one chunk; they are joined with a space into the clause text. */
  chunks: string[];
}

/** Stores a document whose clauses are cut into exactly the chunks given. Returns its id. */
export function storeDocument(db: Database, path: string, clauses: ClauseSpec[]): number {
  let text = '';
  const stored: ClauseToStore[] = clauses.map((clause, i) => {
    if (text) text += '\n\n';
    const charStart = text.length;
    const chunks = clause.chunks.map((chunk, j) => {
      if (j > 0) text += ' ';
      const start = text.length;
      text += chunk;
      return { charStart: start, charEnd: text.length };
    });
    return {
      number: String(i + 1),
      heading: clause.heading ?? null,
      path: [String(i + 1)],
      level: 0,
      pageStart: 1,
      pageEnd: 1,
      charStart,
      charEnd: text.length,
      chunks,
    };
  });
  return new DocumentWriter(db).saveDocument({
    sha256: path,
    path,
    title: path,
    byteSize: text.length,
    text,
    pages: [{ pageNumber: 1, charStart: 0, charEnd: text.length }],
    clauses: stored,
  });
}

/** A document of `clauseCount` one-chunk clauses with distinct words. */
export function storeNumberedDocument(db: Database, path: string, clauseCount: number, word = 'term'): number {
  return storeDocument(
    db,
    path,
    Array.from({ length: clauseCount }, (_, i) => ({ chunks: [`${word} ${i} ${'x '.repeat(i % 5)}clause ${path}`] })),
  );
}

export function count(db: Database, sql: string): number {
  return db.prepare(sql).pluck().get() as number;
}

/** Integrity ok, and a vector exactly for each chunk marked embedded. */
export function expectConsistent(db: Database): void {
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(db.pragma('foreign_key_check')).toEqual([]);
  expect(count(db, 'SELECT COUNT(*) FROM chunk_vectors WHERE rowid NOT IN (SELECT id FROM chunks)')).toBe(0);
  expect(count(db, 'SELECT COUNT(*) FROM chunks WHERE embedded = 1 AND id NOT IN (SELECT rowid FROM chunk_vectors)')).toBe(0);
  expect(count(db, 'SELECT COUNT(*) FROM chunks WHERE embedded = 0 AND id IN (SELECT rowid FROM chunk_vectors)')).toBe(0);
}
