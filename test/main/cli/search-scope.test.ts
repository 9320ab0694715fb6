import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../helpers/run-cli';
import { tempDir } from '../../helpers/temp-dir';

describe('clause-search search: a query that names its contract', () => {
  it('prints the scope, explains it, and carries it in --json', async () => {
    const folder = tempDir();
    for (const party of ['Oakwood Mining', 'Riverside Foods']) {
      fs.writeFileSync(
        path.join(folder, `${party} supply agreement.txt`),
        `SUPPLY AGREEMENT between ${party} Corp and the Buyer.\n\n1. Governing Law. This Agreement is governed by the laws of New York.\n\n2. Termination. Either party may terminate on ninety days notice.\n`,
      );
    }
    const db = path.join(tempDir(), 'lib.db');
    expect((await cli('ingest', '--db', db, folder)).code).toBe(0);
    const q = 'Consider the supply agreement with Riverside Foods; which law governs?';

    const human = await cli('search', '--db', db, '--explain', q);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/^in: .*Riverside.* — ranked on "which law governs\?": .*names this contract/m);

    const json = JSON.parse((await cli('search', '--db', db, '--json', q)).stdout) as Array<{ documentTitle: string; scope: { label: string } | null }>;
    expect(json.length).toBeGreaterThan(0);
    for (const r of json) expect(r.documentTitle).toMatch(/Riverside/);
    expect(json[0]!.scope?.label).toMatch(/^in: .*Riverside/);

    const passing = JSON.parse((await cli('search', '--db', db, '--json', 'Can Riverside Foods terminate?')).stdout) as Array<{ scope: unknown }>;
    expect(passing[0]!.scope).toBeNull();
  });
});
