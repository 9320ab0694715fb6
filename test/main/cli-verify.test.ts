/** Provenance in every export and `clause-search verify`, end to end through the real CLI. */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDelimited } from '../../src/main/engine/eval/delimited';
import { bodyPages, makePrintedPagePdf } from '../fixtures/printed-page-pdf';
import { cli } from '../helpers/run-cli';

let folder: string;
let db: string;
let sha256: string;
let ids: string[];

// One library for the whole file (tempDir() would be removed after the first test).
beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'clause-search-verify-'));
  const file = path.join(folder, 'supply.pdf');
  const bytes = await makePrintedPagePdf({ unnumbered: 1, roman: 0, body: bodyPages(6) });
  fs.writeFileSync(file, bytes);
  sha256 = createHash('sha256').update(bytes).digest('hex');
  db = path.join(folder, 'lib.db');
  expect((await cli('ingest', '--db', db, file)).code).toBe(0);
  const results = JSON.parse((await cli('search', '--db', db, '--json', 'insurance OR warrants')).stdout) as Array<{ clauseId: number }>;
  ids = results.slice(0, 2).map((r) => String(r.clauseId));
  expect(ids).toHaveLength(2);
}, 60_000);

afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

describe('provenance in exports', () => {
  it('writes a footnote per clause in DOCX with the hash, pages, offsets, query and versions', async () => {
    const out = path.join(folder, 'cited.docx');
    expect((await cli('export', '--db', db, '--format', 'docx', '--query', 'insurance', '--out', out, ...ids)).code).toBe(0);
    const zip = await JSZip.loadAsync(fs.readFileSync(out));
    const notes = (await zip.file('word/footnotes.xml')!.async('string')).replace(/<[^>]+>/g, '');
    expect(notes.match(new RegExp(`Source sha256 ${sha256}`, 'g'))).toHaveLength(2);
    expect(notes).toMatch(/PDF p\. \d+ \(printed p\. \d+\); characters \d+–\d+ of the document text; found by “insurance”; Clause Search \d+\.\d+\.\d+, index schema \d+\./);
    const body = await zip.file('word/document.xml')!.async('string');
    expect(body.match(/<w:footnoteReference w:id="\d+"\/>/g)).toHaveLength(2);
  });

  it('adds provenance columns to CSV and a provenance object to show --json', async () => {
    const out = path.join(folder, 'cited.csv');
    const exported = await cli('export', '--db', db, '--format', 'csv', '--out', out, ...ids);
    expect(exported.code, exported.stderr).toBe(0);
    const [header, ...rows] = parseDelimited(fs.readFileSync(out, 'utf8'));
    for (const column of ['source_sha256', 'pdf_page_start', 'printed_page_start', 'char_start', 'char_end', 'app_version', 'index_version']) expect(header).toContain(column);
    expect(rows.filter((r) => r.length > 1).every((r) => r[header!.indexOf('source_sha256')] === sha256)).toBe(true);

    const show = JSON.parse((await cli('show', '--db', db, '--json', ids[0]!)).stdout) as { clause: { charStart: number }; provenance: Record<string, unknown> };
    expect(show.provenance).toMatchObject({ sourceSha256: sha256, charStart: show.clause.charStart, indexVersion: expect.stringMatching(/^schema \d+$/) });
  });
});

describe('clause-search verify', () => {
  it('finds every quote of a fresh DOCX and CSV export exactly in its source', async () => {
    for (const format of ['docx', 'csv']) {
      const out = path.join(folder, `fresh.${format}`);
      expect((await cli('export', '--db', db, '--format', format, '--out', out, ...ids)).code).toBe(0);
      const verify = await cli('verify', out, '--db', db);
      expect(verify.stdout, format).toContain('2 of 2 quote(s) exactly in their source.');
      expect(verify.code, format).toBe(0);
    }
  });

  it('reports an edited quote, and a source the library does not hold', async () => {
    const out = path.join(folder, 'edited.csv');
    const exported = await cli('export', '--db', db, '--format', 'csv', '--out', out, ...ids);
    expect(exported.code, exported.stderr).toBe(0);
    fs.writeFileSync(out, fs.readFileSync(out, 'utf8').replace(/shall/, 'may'));
    const verify = await cli('verify', out, '--db', db, '--json');
    expect(verify.code).toBe(1);
    const checks = JSON.parse(verify.stdout) as Array<{ verdict: string; message: string }>;
    expect(checks.map((c) => c.verdict).sort()).toEqual(['changed', 'exact']);
    expect(checks.find((c) => c.verdict === 'changed')!.message).toMatch(/not in the source/);

    const empty = path.join(folder, 'empty.db');
    expect((await cli('docs', '--db', empty)).code).toBe(0);
    const elsewhere = JSON.parse((await cli('verify', out, '--db', empty, '--json')).stdout) as Array<{ verdict: string; message: string }>;
    expect(elsewhere.every((c) => c.verdict === 'source-missing')).toBe(true);
    expect(elsewhere[0]!.message).toMatch(/add the original file/);
  });

  it('answers a file that is no export with one sentence and exit 2', async () => {
    const other = path.join(folder, 'notes.txt');
    fs.writeFileSync(other, 'hello');
    const verify = await cli('verify', other, '--db', db);
    expect(verify.code).toBe(2);
    expect(verify.stderr.trim()).toMatch(/^Only Word \(\.docx\) and CSV \(\.csv\) exports from Clause Search can be verified\.$/);
  });
});
