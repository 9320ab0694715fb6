import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { ClauseEngine } from '../../src/main/engine/engine';
import { pinpointCitation } from '../../src/main/engine/export/citation';
import { quoteParagraphs } from '../../src/main/engine/export/quote-paragraphs';
import { makeContractPdf, sampleContractPages } from '../fixtures/pdf-fixtures';
import { cli } from '../helpers/run-cli';
import { tempDir } from '../helpers/temp-dir';

/** Word's paragraphs as plain text, in order. */
function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:p>(.*?)<\/w:p>/g)].map(([, body]) =>
    [...body!.matchAll(/<w:t[^>]*>(.*?)<\/w:t>/g)]
      .map(([, t]) => t!.replace(/&(lt|gt|quot|apos|amp);/g, (_, n: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[n]!))
      .join(''),
  );
}

describe('clause-search export --format docx, end to end', () => {
  it('exports searched clauses to a Word document with their citations and text', async () => {
    const folder = tempDir();
    const pdf = path.join(folder, 'services.pdf');
    fs.writeFileSync(pdf, await makeContractPdf({ title: 'Services Agreement', pageNumbers: true, pages: sampleContractPages() }));
    const db = path.join(tempDir(), 'lib.db');
    expect((await cli('ingest', '--db', db, pdf)).code).toBe(0);

    const search = await cli('search', '--db', db, '--json', '--top-k', '2', 'force majeure');
    expect(search.code).toBe(0);
    const ids = (JSON.parse(search.stdout) as Array<{ clauseId: number }>).map((r) => r.clauseId);
    expect(ids.length).toBeGreaterThan(0);

    const out = path.join(tempDir(), 'cited.docx');
    const exported = await cli('export', '--db', db, '--format', 'docx', '--out', out, '--query', 'force majeure', ...ids.map(String));
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain(`Exported ${ids.length} clause(s) to ${out}.`);

    const zip = await JSZip.loadAsync(fs.readFileSync(out));
    expect(zip.file('[Content_Types].xml')).not.toBeNull();
    const texts = paragraphTexts(await zip.file('word/document.xml')!.async('string'));
    expect(texts.slice(0, 2)).toEqual(['Cited clauses', 'Query: force majeure']);

    // The exact citations and quotations come from the same library the CLI read.
    const engine = ClauseEngine.open(db);
    const clauses = engine.getClauses(ids);
    engine.close();
    const expected = clauses.flatMap((c) => [pinpointCitation(c), ...quoteParagraphs(c.text), `Source: ${c.documentPath}`]);
    expect(texts.slice(3)).toEqual(expected);
    expect(texts.join('\n')).toMatch(/Services Agreement, § 5\.2 \(Force Majeure\), p\. 3/);
    expect(texts.join('\n')).toContain('acts of God beyond its reasonable control');
  });
});
