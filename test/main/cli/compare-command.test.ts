import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { cli } from '../../helpers/run-cli';
import { tempDir } from '../../helpers/temp-dir';

describe('clause-search compare', () => {
  it('diffs clauses word by word against the first, as text, JSON and DOCX', async () => {
    const folder = tempDir();
    fs.writeFileSync(path.join(folder, 'standard.txt'), '1. Termination. Either party may terminate this Agreement on thirty days notice.\n');
    fs.writeFileSync(path.join(folder, 'theirs.txt'), '1. Termination. Either party may terminate this Agreement on sixty days written notice.\n');
    const db = path.join(tempDir(), 'lib.db');
    expect((await cli('ingest', '--db', db, folder)).code).toBe(0);
    const hits = JSON.parse((await cli('search', '--db', db, '--json', 'terminate notice')).stdout) as Array<{ clauseId: number; documentTitle: string }>;
    const standard = hits.find((h) => /standard/i.test(h.documentTitle))!.clauseId;
    const theirs = hits.find((h) => /theirs/i.test(h.documentTitle))!.clauseId;

    const text = await cli('compare', '--db', db, String(standard), String(theirs));
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('[-thirty-] {+sixty+} days {+written+} notice');

    const json = JSON.parse((await cli('compare', '--db', db, '--json', String(standard), String(theirs))).stdout) as Array<{ same: number; diff: Array<{ op: string }> }>;
    expect(json[0]!.same).toBe(1);
    expect(json[1]!.diff.map((r) => r.op)).toContain('added');

    const out = path.join(tempDir(), 'comparison.docx');
    expect((await cli('compare', '--db', db, '--out', out, String(standard), String(theirs))).code).toBe(0);
    const xml = await (await JSZip.loadAsync(fs.readFileSync(out))).file('word/document.xml')!.async('string');
    expect(xml).toMatch(/<w:strike\/>[\s\S]*?thirty/);
    expect(xml).toMatch(/<w:u [^>]*\/>[\s\S]*?sixty/);

    expect((await cli('compare', '--db', db, String(standard))).stderr).toMatch(/two or more clause ids/);
  });
});
