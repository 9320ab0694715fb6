import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/run-cli';
import { tempDir } from '../helpers/temp-dir';

const contract = (name: string, clause: string) => `${name}\n\n1. Term. Two years.\n\n2. ${clause}\n`;

describe('clause-search sync', () => {
  it('ingests new and changed files, marks removed ones missing, follows renames and brings files back', async () => {
    const folder = tempDir();
    const db = path.join(tempDir(), 'lib.db');
    const a = path.join(folder, 'alpha.txt');
    const b = path.join(folder, 'beta.txt');
    fs.writeFileSync(a, contract('ALPHA AGREEMENT', 'Indemnity. Alpha indemnifies against zebra claims.'));
    fs.writeFileSync(b, contract('BETA AGREEMENT', 'Escrow. Beta deposits the walrus fund in escrow.'));

    const first = await cli('sync', '--db', db, folder);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Synced: 2 new, 0 changed, 0 moved, 0 missing, 0 back, 0 unchanged, 0 failed.');

    const again = await cli('sync', '--db', db, folder);
    expect(again.stdout).toContain('Synced: 0 new, 0 changed, 0 moved, 0 missing, 0 back, 2 unchanged, 0 failed.');

    // Rename alpha (same bytes), change beta, add gamma.
    const renamed = path.join(folder, 'alpha-signed.txt');
    fs.renameSync(a, renamed);
    fs.writeFileSync(b, contract('BETA AGREEMENT', 'Escrow. Beta deposits the narwhal fund in escrow.'));
    fs.writeFileSync(path.join(folder, 'gamma.txt'), contract('GAMMA AGREEMENT', 'Audit. Gamma may audit the books yearly.'));
    const docsBefore = JSON.parse((await cli('docs', '--db', db, '--json')).stdout) as Array<{ id: number; path: string }>;
    const alphaId = docsBefore.find((d) => d.path === a)!.id;
    const third = await cli('sync', '--db', db, folder);
    expect(third.stdout).toContain(`moved: ${a} -> ${renamed}`);
    expect(third.stdout).toContain(`changed: ${b}`);
    expect(third.stdout).toContain('Synced: 1 new, 1 changed, 1 moved, 0 missing, 0 back, 0 unchanged, 0 failed.');
    const docsAfter = JSON.parse((await cli('docs', '--db', db, '--json')).stdout) as Array<{ id: number; path: string }>;
    expect(docsAfter.find((d) => d.path === renamed)!.id).toBe(alphaId);

    // Remove gamma: it stays in the library, marked missing, and leaves the search.
    const gamma = path.join(folder, 'gamma.txt');
    const gammaBytes = fs.readFileSync(gamma);
    expect(JSON.parse((await cli('search', '--db', db, '--json', 'audit books')).stdout)).toHaveLength(1);
    fs.rmSync(gamma);
    const fourth = await cli('sync', '--db', db, folder);
    expect(fourth.stdout).toContain(`missing: ${gamma}`);
    expect(JSON.parse((await cli('search', '--db', db, '--json', 'audit books')).stdout)).toHaveLength(0);
    const docs = await cli('docs', '--db', db);
    expect(docs.stdout).toContain('The file is no longer in its folder');
    expect(docs.stdout).toContain(gamma);

    // It comes back: searchable again, same document.
    fs.writeFileSync(gamma, gammaBytes);
    const fifth = await cli('sync', '--db', db, folder);
    expect(fifth.stdout).toContain(`back: ${gamma}`);
    expect(JSON.parse((await cli('search', '--db', db, '--json', 'audit books')).stdout)).toHaveLength(1);
  });

  it('asks for a folder', async () => {
    const r = await cli('sync', '--db', path.join(tempDir(), 'x.db'));
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('Give one or more folders to sync.');
  });
});
