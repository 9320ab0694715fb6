import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { numberedContractDocx } from '../fixtures/docx-fixtures';
import { cli } from '../helpers/run-cli';
import { tempDir } from '../helpers/temp-dir';

describe('clause-search CLI with Word and HTML files', () => {
  it('ingests .docx and .html beside bad Word files, searches them and cites Word clauses without a page', async () => {
    const folder = tempDir();
    fs.writeFileSync(path.join(folder, 'msa.docx'), await numberedContractDocx());
    fs.writeFileSync(
      path.join(folder, 'exhibit.htm'),
      '<html><body><p>1. Confidentiality. Each party keeps the other party\u2019s secrets.</p><p>2. Term. Five years.</p></body></html>',
    );
    fs.writeFileSync(path.join(folder, 'renamed.docx'), 'plain words, not a zip');
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    fs.writeFileSync(path.join(folder, 'old.doc'), ole);
    const db = path.join(tempDir(), 'lib.db');

    const ingest = await cli('ingest', '--db', db, folder);
    expect(ingest.stdout).toMatch(/Ingested 2, replaced 0, duplicates 0, failed 2 of 4 file\(s\)/);
    expect(ingest.stdout).toMatch(/old\.doc: This is an old-style Word file \(\.doc\); open it in Word and save it as \.docx or PDF/);
    expect(ingest.stdout).toMatch(/renamed\.docx: This file is not a Word document \(\.docx\)/);

    const docs = await cli('docs', '--db', db);
    expect(docs.stdout).toContain('has tracked changes that were not accepted');

    const search = await cli('search', '--db', db, '--json', '--top-k', '3', 'liability capped twelve months');
    const [top] = JSON.parse(search.stdout) as Array<{ clauseId: number; clauseNumber: string; documentPath: string; text: string }>;
    expect(top!.documentPath.endsWith('msa.docx')).toBe(true);
    expect(top!.text).toContain('2.\tLiability.');

    const html = JSON.parse((await cli('search', '--db', db, '--json', 'confidentiality secrets')).stdout) as Array<{ clauseNumber: string }>;
    expect(html[0]!.clauseNumber).toBe('1');

    const out = path.join(tempDir(), 'cited.md');
    expect((await cli('export', '--db', db, '--format', 'md', '--out', out, String(top!.clauseId))).code).toBe(0);
    const md = fs.readFileSync(out, 'utf8');
    expect(md).toContain('Master Services Agreement, § 2');
    expect(md).not.toMatch(/p\. \d|page/i);
  });
});
