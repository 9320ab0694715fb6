import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { writeTextCorpus } from '../../../fixtures/text-corpus';
import { cli } from '../../../helpers/run-cli';
import { tempDir } from '../../../helpers/temp-dir';

/** Two real `clause-search` processes on one database file, started together. */
describe('concurrent writers on one database', () => {
  function readyDocuments(db: string): Array<{ path: string; sha256: string }> {
    const conn = new Database(db, { readonly: true });
    try {
      return conn.prepare("SELECT path, sha256 FROM documents WHERE status = 'ready' ORDER BY path").all() as Array<{ path: string; sha256: string }>;
    } finally {
      conn.close();
    }
  }

  it('two ingests of disjoint halves of a corpus into a new database both succeed and store every document', async () => {
    const files = writeTextCorpus(path.join(tempDir(), 'corpus'), 24);
    const db = path.join(tempDir(), 'new.db');
    const [first, second] = await Promise.all([
      cli('ingest', '--db', db, ...files.slice(0, 12)),
      cli('ingest', '--db', db, ...files.slice(12)),
    ]);
    expect(first.stderr + first.stdout).not.toMatch(/locked|SQLITE/i);
    expect([first.code, second.code]).toEqual([0, 0]);
    expect(first.stdout).toMatch(/Ingested 12, replaced 0, duplicates 0, failed 0 of 12/);
    expect(second.stdout).toMatch(/Ingested 12, replaced 0, duplicates 0, failed 0 of 12/);
    expect(readyDocuments(db).map((d) => d.path)).toEqual(files);
  });

  it('the same folder imported twice at once, and a copy of it, stores each content once', async () => {
    const root = tempDir();
    const files = writeTextCorpus(path.join(root, 'corpus'), 10);
    fs.cpSync(path.join(root, 'corpus'), path.join(root, 'copy'), { recursive: true });
    const db = path.join(tempDir(), 'new.db');
    const runs = await Promise.all([
      cli('ingest', '--db', db, path.join(root, 'corpus')),
      cli('ingest', '--db', db, path.join(root, 'corpus')),
      cli('ingest', '--db', db, path.join(root, 'copy')),
    ]);
    expect(runs.map((r) => r.code)).toEqual([0, 0, 0]);
    const stored = readyDocuments(db);
    expect(new Set(stored.map((d) => d.sha256)).size).toBe(stored.length);
    expect(stored).toHaveLength(files.length);
    // Every file is accounted for: each run either added it or said it is already there.
    for (const run of runs) expect(run.stdout).toMatch(/failed 0 of 10/);
  });

  it('searching while another process ingests never errors', async () => {
    const files = writeTextCorpus(path.join(tempDir(), 'corpus'), 30);
    const db = path.join(tempDir(), 'new.db');
    const ingest = cli('ingest', '--db', db, ...files);
    let done = false;
    void ingest.finally(() => (done = true));
    const searches: Array<{ code: number; stderr: string }> = [];
    do searches.push(await cli('search', '--db', db, 'force majeure flood'));
    while (!done || searches.length < 2);
    expect((await ingest).code).toBe(0);
    for (const search of searches) expect(search).toMatchObject({ code: 0, stderr: '' });
    expect(readyDocuments(db)).toHaveLength(30);
  });
});
