/** Printed page numbers end to end: ingest a PDF numbered apart from its PDF positions, search, show, export. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyPages, makePrintedPagePdf } from '../fixtures/printed-page-pdf';
import { cli } from '../helpers/run-cli';
import { tempDir } from '../helpers/temp-dir';

describe('printed page numbers in citations', () => {
  it('cites the printed page with the PDF position beside it in search --json, show and every export', async () => {
    const folder = tempDir();
    const file = path.join(folder, 'supply.pdf');
    // A cover and two roman pages: the body's page 1 is PDF page 4.
    fs.writeFileSync(file, await makePrintedPagePdf({ unnumbered: 1, roman: 2, body: bodyPages(6) }));
    const db = path.join(tempDir(), 'lib.db');
    expect((await cli('ingest', '--db', db, file)).code).toBe(0);

    const search = await cli('search', '--db', db, '--json', 'insurance insurer');
    const results = JSON.parse(search.stdout) as Array<Record<string, unknown>>;
    const top = results[0]!;
    expect(top).toMatchObject({ pageStart: 8, pageEnd: 8, printedPageStart: '5', printedPageEnd: '5', pageCitation: 'p. 5 [PDF p. 8]' });

    const text = await cli('search', '--db', db, 'insurance insurer');
    expect(text.stdout).toContain('p. 5 [PDF p. 8]');

    const show = JSON.parse((await cli('show', '--db', db, '--json', String(top.clauseId))).stdout) as { citation: string };
    expect(show.citation).toMatch(/, p\. 5 \[PDF p\. 8\]$/);

    const md = path.join(folder, 'cited.md');
    expect((await cli('export', '--db', db, '--format', 'md', '--out', md, String(top.clauseId))).code).toBe(0);
    expect(fs.readFileSync(md, 'utf8')).toContain('p. 5 [PDF p. 8]');
    const csv = path.join(folder, 'cited.csv');
    expect((await cli('export', '--db', db, '--format', 'csv', '--out', csv, String(top.clauseId))).code).toBe(0);
    expect(fs.readFileSync(csv, 'utf8')).toContain('p. 5 [PDF p. 8]');
  });

  it('cites the PDF position, and says so, when the pages print no number', async () => {
    const folder = tempDir();
    const file = path.join(folder, 'plain.pdf');
    fs.writeFileSync(file, await makePrintedPagePdf({ unnumbered: 0, roman: 0, body: bodyPages(3), footer: () => 'Confidential' }));
    const db = path.join(tempDir(), 'lib.db');
    expect((await cli('ingest', '--db', db, file)).code).toBe(0);
    const results = JSON.parse((await cli('search', '--db', db, '--json', 'warrants specification')).stdout) as Array<Record<string, unknown>>;
    expect(results[0]).toMatchObject({ pageStart: 3, printedPageStart: null, printedPageEnd: null, pageCitation: 'PDF p. 3' });
  });
});
