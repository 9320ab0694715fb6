import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeContractPdf, makeEncryptedPdf, sampleContractPages } from '../fixtures/pdf-fixtures';
import { cli } from '../helpers/run-cli';
import { tempDir } from '../helpers/temp-dir';

describe('clause-search CLI, end to end', () => {
  it('ingests a folder, searches, shows and exports with pinpoint citations', async () => {
    const folder = tempDir();
    fs.mkdirSync(path.join(folder, 'nested'));
    fs.writeFileSync(
      path.join(folder, 'services.pdf'),
      await makeContractPdf({ title: 'Services Agreement', header: 'CONFIDENTIAL', pageNumbers: true, pages: sampleContractPages() }),
    );
    fs.writeFileSync(path.join(folder, 'nested', 'locked.pdf'), makeEncryptedPdf());
    const db = path.join(tempDir(), 'lib.db');

    const ingest = await cli('ingest', '--db', db, folder);
    expect(ingest.code).toBe(1);
    expect(ingest.stderr).toContain('[1/2]');
    expect(ingest.stdout).toMatch(/Ingested 1, replaced 0, duplicates 0, failed 1 of 2 file\(s\)/);
    expect(ingest.stdout).toMatch(/failed: .*locked\.pdf: This PDF is password-protected/);

    const again = await cli('ingest', '--db', db, path.join(folder, 'services.pdf'));
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/duplicates 1/);

    const docs = await cli('docs', '--db', db, '--json');
    const documents = JSON.parse(docs.stdout) as Array<{ status: string; title: string }>;
    expect(documents.map((d) => d.status).sort()).toEqual(['failed', 'ready']);

    const search = await cli('search', '--db', db, '--json', '--top-k', '3', 'force majeure');
    expect(search.code).toBe(0);
    const results = JSON.parse(search.stdout) as Array<Record<string, unknown>>;
    expect(results.length).toBeGreaterThan(0);
    expect(results.length).toBeLessThanOrEqual(3);
    const top = results[0]!;
    for (const key of ['rank', 'score', 'documentId', 'documentTitle', 'documentPath', 'clauseId', 'clauseNumber', 'heading',
      'pageStart', 'pageEnd', 'charStart', 'charEnd', 'text', 'stages']) expect(top).toHaveProperty(key);
    expect(String(top.text).toLowerCase()).toContain('force majeure');
    expect(top.stages).toMatchObject({ lexicalRank: 1, semanticRank: null, fusedRank: null, rerankScore: null });

    const human = await cli('search', '--db', db, '--explain', 'force majeure');
    expect(human.stdout).toMatch(/^1\. /);
    expect(human.stdout).toContain('lexical rank');

    const show = await cli('show', '--db', db, String(top.clauseId));
    expect(show.code).toBe(0);
    expect(show.stdout).toContain(`>> [${top.clauseId}]`);

    const out = path.join(tempDir(), 'cited.md');
    const exported = await cli('export', '--db', db, '--format', 'md', '--out', out, '--query', 'force majeure', String(top.clauseId));
    expect(exported.code).toBe(0);
    const md = fs.readFileSync(out, 'utf8');
    expect(md).toContain('Query: force majeure');
    expect(md).toMatch(new RegExp(`## ${String(top.documentTitle)}.*p{1,2}\\. \\d`));

    const csvOut = path.join(tempDir(), 'cited.csv');
    expect((await cli('export', '--db', db, '--format', 'csv', '--out', csvOut, String(top.clauseId))).code).toBe(0);
    expect(fs.readFileSync(csvOut, 'utf8').split('\r\n')[0]).toMatch(/^citation,/);
  });

  it('answers bad usage and unusable queries with one sentence and exit 2', async () => {
    const db = path.join(tempDir(), 'lib.db');
    const cases: Array<[string[], RegExp]> = [
      [['search', 'flood'], /--db FILE/],
      [['search', '--db', db, '   '], /Type something to search for/],
      [['search', '--db', db, '*** ()'], /no words or numbers/],
      [['search', '--db', db, '--top-k', 'zero', 'x'], /--top-k must be a whole number/],
      [['search', '--db', db, '--mode', 'semantic', 'x'], /--mode must be one of/],
      [['export', '--db', db, '--format', 'pdf', '--out', 'x', '1'], /--format must be md, csv or docx/],
      [['frobnicate'], /Unknown command/],
    ];
    for (const [args, message] of cases) {
      const r = await cli(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
    }
    const missing = await cli('show', '--db', db, '999');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no clause with id 999/);
    const nasty = await cli('search', '--db', db, 'NEAR( "unbalanced AND *');
    expect(nasty.code).toBe(0);
  });
});
