import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../helpers/run-cli';
import { tempDir } from '../../helpers/temp-dir';

describe('clause-search similar', () => {
  it('lists clauses of other contracts like the one given, as text and JSON', async () => {
    const folder = tempDir();
    fs.writeFileSync(path.join(folder, 'a.txt'), '1. Confidentiality. Recipient shall keep the Discloser\'s confidential information secret.\n\n2. Notices. Notices go to the addresses above.\n');
    fs.writeFileSync(path.join(folder, 'b.txt'), '1. Secrecy. The Recipient must keep all confidential information of the Discloser secret.\n\n2. Fees. Fees are due monthly.\n');
    const db = path.join(tempDir(), 'lib.db');
    expect((await cli('ingest', '--db', db, folder)).code).toBe(0);
    const hits = JSON.parse((await cli('search', '--db', db, '--json', 'confidential information')).stdout) as Array<{ clauseId: number; documentTitle: string }>;
    const source = hits.find((h) => /^a/i.test(h.documentTitle))!;

    const json = JSON.parse((await cli('similar', '--db', db, '--json', String(source.clauseId))).stdout) as { results: Array<{ documentTitle: string; text: string }> };
    expect(json.results[0]!.text).toMatch(/confidential information of the Discloser/);
    for (const r of json.results) expect(r.documentTitle).not.toBe(source.documentTitle);

    const human = await cli('similar', '--db', db, String(source.clauseId));
    expect(human.stdout).toMatch(/^Clauses like \d+ \(words: /);
    const missing = await cli('similar', '--db', db, '99999');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no clause with id 99999/);
  });
});
