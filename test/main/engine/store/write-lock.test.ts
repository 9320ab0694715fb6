import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ClauseEngine } from '../../../../src/main/engine/engine';
import { DocumentWriter } from '../../../../src/main/engine/store/document-writer';
import { openDatabase } from '../../../../src/main/engine/store/open-database';
import { writeTextCorpus } from '../../../fixtures/text-corpus';
import { textWithClauses } from '../../../helpers/sample-store';
import { tempDir } from '../../../helpers/temp-dir';

function documentWithSha(file: string, sha256: string) {
  const { text, clauses } = textWithClauses([{ number: '1', body: '1. Fees. The Customer pays monthly.' }]);
  return { sha256, path: file, title: 'T', byteSize: text.length, text, pages: [{ pageNumber: 1, charStart: 0, charEnd: text.length }], clauses };
}

describe('writers sharing one database file', () => {
  it('a save that finds the same bytes stored by another connection meanwhile reports a duplicate, not a second copy', () => {
    const file = path.join(tempDir(), 'lib.db');
    const a = openDatabase(file);
    const b = openDatabase(file);
    try {
      const fromB = new DocumentWriter(b).saveUnlessStored(documentWithSha('/copy/x.txt', 'same'));
      expect(fromB.kind).toBe('saved');
      const fromA = new DocumentWriter(a).saveUnlessStored(documentWithSha('/orig/x.txt', 'same'));
      expect(fromA).toEqual({ kind: 'duplicate', documentId: (fromB as { documentId: number }).documentId, path: '/copy/x.txt' });
      expect(a.prepare('SELECT COUNT(*) FROM documents').pluck().get()).toBe(1);
    } finally {
      a.close();
      b.close();
    }
  });

  it('a file that cannot be written because the library stays locked is reported by name and the batch goes on', async () => {
    const dir = tempDir();
    const files = writeTextCorpus(path.join(dir, 'corpus'), 3);
    const dbFile = path.join(dir, 'lib.db');
    const engine = ClauseEngine.open(dbFile);
    const holder = openDatabase(dbFile);
    try {
      engine.db.pragma('busy_timeout = 50');
      holder.prepare('BEGIN IMMEDIATE').run();
      const results = await engine.ingest(files);
      expect(results.map((r) => r.path)).toEqual(files);
      for (const r of results) {
        expect(r.outcome).toBe('failed');
        expect(r.errorCode).toBe('database-busy');
        expect(r.error).toMatch(/locked by another import .* add it again\.$/);
      }
      holder.prepare('ROLLBACK').run();
      // Once the lock is gone the same files go in.
      const retry = await engine.ingest(files);
      expect(retry.map((r) => r.outcome)).toEqual(['ingested', 'ingested', 'ingested']);
    } finally {
      engine.close();
      holder.close();
    }
  });
});
