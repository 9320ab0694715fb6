import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/run-cli';
import { tempDir } from '../helpers/temp-dir';
import { contractText } from './engine/review/grid-fixtures';

describe('clause-search grid', () => {
  it('prints a table, writes the JSON shape, a saved set and an xlsx file; bad usage exits 2', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'a.txt'), contractText({ title: 'Supply Agreement', partyA: 'A Inc.', partyB: 'B LLC', date: 'May 8, 2014', governingLaw: 'New York', capOnLiability: true }));
    fs.writeFileSync(path.join(dir, 'b.txt'), contractText({ title: 'Lease Agreement', partyA: 'C Inc.', partyB: 'D LLC', date: 'June 1, 2020', governingLaw: 'Texas', capOnLiability: false }));
    const db = path.join(dir, 'lib.db');
    expect((await cli('ingest', '--db', db, dir)).code).toBe(0);

    const table = await cli('grid', '--db', db, '--types', 'Governing Law,Cap On Liability');
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/Governing Law\s+\d\.\d\d\s+New York \(§ 5 \(Governing Law\), p\. 1\)/);
    expect(table.stderr).toMatch(/Grid: 2\/2 types/);

    const json = await cli('grid', '--db', db, '--types', 'governing law', '--format', 'json');
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.stdout) as { types: string[]; rows: Array<{ documentTitle: string; cells: Record<string, { value: string; found: boolean; clause: { clauseNumber: string } }> }> };
    expect(parsed.types).toEqual(['Governing Law']);
    expect(parsed.rows.map((r) => r.cells['Governing Law']!.value).sort()).toEqual(['New York', 'Texas']);
    expect(parsed.rows[0]!.cells['Governing Law']!.clause.clauseNumber).toBe('5');

    const xlsx = path.join(dir, 'grid.xlsx');
    const file = await cli('grid', '--db', db, '--docs', '1', '--out', xlsx);
    expect(file.code).toBe(0);
    expect(fs.readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');

    const unknown = await cli('grid', '--db', db, '--types', 'Flood Clause');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/There is no clause type "Flood Clause"/);
    expect((await cli('grid', '--db', db, '--format', 'xlsx')).stderr).toMatch(/needs a file: add --out/);
    expect((await cli('grid', '--db', db, '--set', 'nope')).code).toBe(1);
  }, 60_000);
});
