import { describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { DocumentReader } from '../../../../src/main/engine/store/document-reader';
import { DocumentWriter, type DocumentToStore } from '../../../../src/main/engine/store/document-writer';
import { openDatabase } from '../../../../src/main/engine/store/open-database';
import { textWithClauses } from '../../../helpers/sample-store';

function sampleDocument(path: string, sha256: string, body = 'The Supplier shall indemnify the Customer.'): DocumentToStore {
  const { text, clauses } = textWithClauses([
    { number: '1', heading: 'Definitions', body: '1. Definitions. Words have meanings.' },
    { number: '2', heading: 'Indemnity', body: `2. Indemnity. ${body}` },
  ]);
  return { sha256, path, title: 'Sample', byteSize: text.length, text, pages: [{ pageNumber: 1, charStart: 0, charEnd: text.length }], clauses };
}

function counts(db: Database) {
  const n = (sql: string) => db.prepare(sql).pluck().get() as number;
  return {
    documents: n('SELECT COUNT(*) FROM documents'),
    clauses: n('SELECT COUNT(*) FROM clauses'),
    chunks: n('SELECT COUNT(*) FROM chunks'),
    fts: n('SELECT COUNT(*) FROM clauses_fts'),
    pages: n('SELECT COUNT(*) FROM pages'),
  };
}

function assertConsistent(db: Database) {
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(db.pragma('foreign_key_check')).toEqual([]);
  const orphanFts = db.prepare('SELECT COUNT(*) FROM clauses_fts WHERE rowid NOT IN (SELECT id FROM clauses)').pluck().get();
  expect(orphanFts).toBe(0);
}

describe('DocumentWriter', () => {
  it('stores a document with pages, clauses, chunks and index rows', () => {
    const db = openDatabase(':memory:');
    const id = new DocumentWriter(db).saveDocument(sampleDocument('/a.pdf', 'aaa'));
    expect(counts(db)).toEqual({ documents: 1, clauses: 2, chunks: 2, fts: 2, pages: 1 });
    const clause = new DocumentReader(db).getClauseContext(2);
    expect(clause.clause).toMatchObject({ documentId: id, number: '2', heading: 'Indemnity', path: ['2'] });
    expect(clause.clause.text).toBe('2. Indemnity. The Supplier shall indemnify the Customer.');
    expect(clause.before.map((c) => c.number)).toEqual(['1']);
    assertConsistent(db);
  });

  it('replaces the version at the same path and leaves no orphans', () => {
    const db = openDatabase(':memory:');
    const writer = new DocumentWriter(db);
    writer.saveDocument(sampleDocument('/a.pdf', 'aaa'));
    writer.saveDocument(sampleDocument('/a.pdf', 'bbb', 'The Customer pays within 30 days.'));
    expect(counts(db)).toEqual({ documents: 1, clauses: 2, chunks: 2, fts: 2, pages: 1 });
    expect(db.prepare("SELECT COUNT(*) FROM clauses_fts WHERE clauses_fts MATCH 'indemnify'").pluck().get()).toBe(0);
    assertConsistent(db);
  });

  it('rolls back a document whose write fails part-way, keeping the previous version', () => {
    const db = openDatabase(':memory:');
    const writer = new DocumentWriter(db);
    writer.saveDocument(sampleDocument('/a.pdf', 'aaa'));
    const broken = sampleDocument('/a.pdf', 'bbb');
    // JSON.stringify throws on a BigInt: the second clause fails after the first was written.
    (broken.clauses[1]!.path as unknown[]) = [1n];
    expect(() => writer.saveDocument(broken)).toThrow();
    expect(counts(db)).toEqual({ documents: 1, clauses: 2, chunks: 2, fts: 2, pages: 1 });
    expect(db.prepare('SELECT sha256 FROM documents').pluck().get()).toBe('aaa');
    assertConsistent(db);
  });

  it('records a failure without destroying a good version at that path', () => {
    const db = openDatabase(':memory:');
    const writer = new DocumentWriter(db);
    const failure = { sha256: 'x', path: '/bad.pdf', title: 'bad', byteSize: 0, errorCode: 'empty-file', error: 'The file is empty (0 bytes).' };
    expect(writer.saveFailure(failure)).toBeTypeOf('number');
    writer.saveDocument(sampleDocument('/a.pdf', 'aaa'));
    expect(writer.saveFailure({ ...failure, path: '/a.pdf' })).toBeNull();
    const docs = new DocumentReader(db).listDocuments();
    expect(docs.map((d) => [d.path, d.status, d.error])).toEqual([
      ['/bad.pdf', 'failed', 'The file is empty (0 bytes).'],
      ['/a.pdf', 'ready', null],
    ]);
  });

  it('deletes a document with everything that hangs off it', () => {
    const db = openDatabase(':memory:');
    const writer = new DocumentWriter(db);
    const id = writer.saveDocument(sampleDocument('/a.pdf', 'aaa'));
    expect(writer.deleteDocument(id)).toBe(true);
    expect(counts(db)).toEqual({ documents: 0, clauses: 0, chunks: 0, fts: 0, pages: 0 });
    expect(writer.deleteDocument(id)).toBe(false);
  });
});
