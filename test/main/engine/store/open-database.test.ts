import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../../../src/main/engine/store/migrations';
import { openDatabase } from '../../../../src/main/engine/store/open-database';
import { tempDir } from '../../../helpers/temp-dir';

describe('openDatabase', () => {
  it('creates the schema in WAL mode with foreign keys on and records each migration once', () => {
    const file = path.join(tempDir(), 'nested', 'library.db');
    const db = openDatabase(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['documents', 'pages', 'clauses', 'chunks', 'clauses_fts', 'schema_migrations']));
    db.close();
    const again = openDatabase(file);
    // Every known migration, once each, in order (the list grows with each schema change).
    expect(again.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all()).toEqual(
      [...migrations].sort((x, y) => x.version - y.version).map((m) => ({ version: m.version, name: m.name })),
    );
    expect(again.prepare('SELECT version FROM schema_migrations WHERE version <= 3 ORDER BY version').pluck().all()).toEqual([1, 2, 3]);
    again.close();
  });

  it('refuses a database written by a newer schema with a sentence that says what to do', () => {
    const file = path.join(tempDir(), 'newer.db');
    openDatabase(file).close();
    const raw = new BetterSqlite3(file);
    raw.prepare("INSERT INTO schema_migrations VALUES (999, 'future', 'x')").run();
    raw.close();
    expect(() => openDatabase(file)).toThrow(/newer version of Clause Search.*update the app/);
  });

  it('recognises a file that is not a database', () => {
    const file = path.join(tempDir(), 'garbage.db');
    fs.writeFileSync(file, Buffer.alloc(4096, 7));
    expect(() => openDatabase(file)).toThrow(/damaged or is not a Clause Search database/);
  });
});
