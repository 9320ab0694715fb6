import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import * as sqliteVec from 'sqlite-vec';
import { describe, expect, it } from 'vitest';
import { EmbeddingIndexer } from '../../../../../src/main/engine/embeddings/embedding-indexer';
import { migrate } from '../../../../../src/main/engine/store/migrate';
import { migration0001 } from '../../../../../src/main/engine/store/migrations/0001-initial';
import { migrations } from '../../../../../src/main/engine/store/migrations';
import { DocumentWriter } from '../../../../../src/main/engine/store/document-writer';
import { openDatabase } from '../../../../../src/main/engine/store/open-database';
import { tempDir } from '../../../../helpers/temp-dir';
import { FakeEmbedder } from '../../embeddings/fake-embedder';
import { count, expectConsistent, storeNumberedDocument } from '../../embeddings/library';

describe('migration 0002 (embeddings)', () => {
  it('adds the model record and a pending state on every chunk, existing chunks pending', () => {
    const db = new BetterSqlite3(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, [migration0001]);
    const documentId = storeNumberedDocument(db, '/old.pdf', 3);
    expect(migrate(db, migrations)).toEqual(migrations.map((m) => m.version).filter((v) => v > 1).sort((a, b) => a - b));

    expect(db.prepare('SELECT COUNT(*) FROM embedding_model').pluck().get()).toBe(0);
    expect(db.prepare('SELECT embedded FROM chunks').pluck().all()).toEqual([0, 0, 0]);
    expect(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'chunks_pending'").pluck().get()).toMatch(/WHERE embedded = 0/);
    expect(() => db.prepare('UPDATE chunks SET embedded = 2').run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO embedding_model VALUES (2, 'm', 8, 'now')").run()).toThrow(/CHECK/);
    new DocumentWriter(db).deleteDocument(documentId);
    expect(db.prepare('SELECT COUNT(*) FROM chunks').pluck().get()).toBe(0);
  });

  it('loads sqlite-vec on every connection, so a reopened library deletes documents with their vectors', async () => {
    const file = path.join(tempDir(), 'library.db');
    const first = openDatabase(file);
    const documentId = storeNumberedDocument(first, '/a.pdf', 4);
    storeNumberedDocument(first, '/b.pdf', 2);
    await new EmbeddingIndexer(first, new FakeEmbedder()).run();
    first.close();

    const again = openDatabase(file);
    expect(again.prepare('SELECT vec_version()').pluck().get()).toBe('v0.1.9');
    expect(new DocumentWriter(again).deleteDocument(documentId)).toBe(true);
    expect(count(again, 'SELECT COUNT(*) FROM chunk_vectors')).toBe(2);
    expectConsistent(again);
    again.close();

    // A connection without the extension cannot even fire the delete trigger: why openDatabase loads it.
    const bare = new BetterSqlite3(file);
    expect(() => bare.prepare('DELETE FROM chunks').run()).toThrow(/no such module: vec0/);
    sqliteVec.load(bare);
    bare.prepare('DELETE FROM chunks').run();
    expect(bare.prepare('SELECT COUNT(*) FROM chunk_vectors').pluck().get()).toBe(0);
    bare.close();
  });
});
