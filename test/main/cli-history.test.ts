import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedContract } from '../fixtures/text-corpus';
import { cli } from '../helpers/run-cli';
import { tempDir } from '../helpers/temp-dir';

describe('clause-search history, remove and compact', () => {
  it('records additions, exports (which clauses, to which file) and removals, and exports the history as CSV', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'supply.txt');
    fs.writeFileSync(file, generatedContract(3));
    const db = path.join(dir, 'lib.db');
    expect((await cli('ingest', '--db', db, file)).code).toBe(0);
    const search = JSON.parse((await cli('search', '--db', db, '--json', 'force majeure flood')).stdout) as Array<{ clauseId: number; clauseNumber: string }>;
    const clauseId = search[0]!.clauseId;
    const out = path.join(dir, 'cited.md');
    expect((await cli('export', '--db', db, '--format', 'md', '--out', out, String(clauseId))).code).toBe(0);
    const docs = JSON.parse((await cli('docs', '--db', db, '--json')).stdout) as Array<{ id: number }>;
    const removed = await cli('remove', '--db', db, String(docs[0]!.id));
    expect(removed).toMatchObject({ code: 0, stdout: expect.stringContaining(`Removed document ${docs[0]!.id}.`) });
    expect(await cli('remove', '--db', db, '999')).toMatchObject({ code: 1, stderr: 'There is no document 999 in this library.\n' });
    const compact = await cli('compact', '--db', db);
    expect(compact.code).toBe(0);
    expect(compact.stderr).toContain('[2/3] Rewriting the database (VACUUM)');
    expect(compact.stdout).toMatch(/^Compacted the library: [\d.]+ MB → [\d.]+ MB\.\n$/);

    const history = JSON.parse((await cli('history', '--db', db, '--json')).stdout) as Array<{ action: string; detail: Record<string, unknown> }>;
    expect(history.map((e) => e.action)).toEqual(['compacted', 'removed', 'exported', 'added']);
    expect(history[2]!.detail).toMatchObject({ file: out, format: 'md', clauses: [{ clauseId, documentPath: file, clauseNumber: search[0]!.clauseNumber }] });

    const csvFile = path.join(dir, 'history.csv');
    expect((await cli('history', '--db', db, '--csv', '--out', csvFile)).code).toBe(0);
    const lines = fs.readFileSync(csvFile, 'utf8').trim().split('\r\n');
    expect(lines[0]).toBe('time_utc,action,document_title,document_path,file,format,clauses,details');
    expect(lines.slice(1).map((l) => l.split(',')[1])).toEqual(['added', 'exported', 'removed', 'compacted']);
    expect(lines[2]).toContain(`${out},md,`);
  });
});
