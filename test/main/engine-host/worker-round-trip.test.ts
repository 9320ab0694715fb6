import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { IngestFileResult } from '../../../src/shared/api';
import { makeEncryptedPdf, SAMPLE_CONTRACT_FACTS } from '../../fixtures/pdf-fixtures';
import { tempDir } from '../../helpers/temp-dir';
import { jobEvents, startClient, writeContracts, type Harness } from './harness';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.client.close();
  harness = undefined;
});

describe('engine worker: requests, responses and events through a real worker thread', () => {
  it('ingests PDFs with progress and per-file results, then searches, shows and exports them', async () => {
    const dir = tempDir();
    const [contract] = await writeContracts(path.join(dir, 'in'), 1);
    fs.writeFileSync(path.join(dir, 'in', 'locked.pdf'), makeEncryptedPdf());
    harness = startClient({ databasePath: path.join(dir, 'library.db') });
    const { client, waitFor, events } = harness;

    const { jobId } = await client.call('addPaths', [[path.join(dir, 'in')]]);
    const done = await waitFor('job-done', (e) => e.jobId === jobId);
    expect(done).toEqual({ type: 'job-done', jobId, cancelled: false, error: null });

    const ofJob = jobEvents(events, jobId);
    const extract = ofJob.flatMap((e) => (e.type === 'ingest-progress' && e.progress.phase === 'extract' ? [e.progress] : []));
    expect(extract.map((p) => [p.fileIndex, p.fileCount, path.basename(p.path)])).toEqual([
      [0, 2, 'contract-01.pdf'],
      [1, 2, 'locked.pdf'],
    ]);
    const results = ofJob.flatMap((e) => (e.type === 'ingest-file-done' ? [e.result] : [])) as IngestFileResult[];
    expect(results.map((r) => [path.basename(r.path), r.outcome, r.errorCode])).toEqual([
      ['contract-01.pdf', 'ingested', null],
      ['locked.pdf', 'failed', 'encrypted-pdf'],
    ]);
    expect(ofJob.at(-1)!.type).toBe('job-done');
    expect(events.some((e) => e.type === 'library-changed')).toBe(true);

    const docs = await client.call('listDocuments', []);
    expect(docs.map((d) => d.status).sort()).toEqual(['failed', 'ready']);
    const doc = docs.find((d) => d.status === 'ready')!;

    const response = await client.call('search', [{ requestId: 1, query: 'acts of God', mode: 'lexical' }]);
    expect(response.phase).toBe('final');
    const hit = response.results[0]!;
    expect(hit.text).toContain('acts of God');
    expect(hit.pageStart).toBe(3);

    const context = await client.call('getClauseContext', [hit.clauseId, 1]);
    expect(context.clause.id).toBe(hit.clauseId);
    expect(context.before.length + context.after.length).toBeGreaterThan(0);

    const view = await client.call('getDocumentView', [doc.id]);
    expect(view.hasPdf).toBe(true);
    expect(view.pages.map((p) => p.pageNumber)).toEqual([1, 2, 3]);
    expect(view.clauses).toHaveLength(doc.clauseCount);
    const shown = view.clauses.find((c) => c.id === hit.clauseId)!;
    expect(view.text.slice(shown.charStart, shown.charEnd)).toBe(hit.text);
    const page3 = view.pages[2]!;
    const phrase = SAMPLE_CONTRACT_FACTS.phraseOnPage[2]!.phrase;
    expect(view.text.slice(page3.charStart, page3.charEnd)).toContain(phrase);

    const pdf = await client.call('getPdfBytes', [doc.id]);
    expect(pdf).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(pdf!).equals(fs.readFileSync(contract!))).toBe(true);

    const md = await client.call('exportClauses', [{ clauseIds: [hit.clauseId], format: 'md', query: 'acts of God' }]);
    expect(md.fileName).toMatch(/^cited-clauses-\d{4}-\d{2}-\d{2}\.md$/);
    expect(md.mimeType).toBe('text/markdown');
    expect(new TextDecoder().decode(md.bytes)).toContain('Query: acts of God');
    const csv = await client.call('exportClauses', [{ clauseIds: [hit.clauseId], format: 'csv' }]);
    expect(Array.from(csv.bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    const docx = await client.call('exportClauses', [{ clauseIds: [hit.clauseId], format: 'docx' }]);
    expect(new TextDecoder().decode(docx.bytes.slice(0, 2))).toBe('PK');

    // The original changed on disk: its pages no longer match the stored text, so no PDF.
    fs.appendFileSync(contract!, '\n% edited\n');
    expect(await client.call('getPdfBytes', [doc.id])).toBeNull();
    expect((await client.call('getDocumentView', [doc.id])).hasPdf).toBe(false);

    expect(await client.call('removeDocument', [doc.id])).toBe(true);
    expect((await client.call('listDocuments', [])).map((d) => d.id)).not.toContain(doc.id);
  });

  it('rejects with the engine error name and one sentence', async () => {
    const dir = tempDir();
    harness = startClient({ databasePath: path.join(dir, 'library.db') });
    const { client } = harness;
    await expect(client.call('getDocumentView', [999])).rejects.toMatchObject({ name: 'NotFoundError', message: expect.stringMatching(/no document with id 999/) });
    await expect(client.call('getClauseContext', [5])).rejects.toMatchObject({ name: 'NotFoundError' });
    await expect(client.call('search', [{ requestId: 1, query: '   ' }])).rejects.toMatchObject({ name: 'QueryError' });
    expect(await client.call('info', [])).toEqual({ databasePath: path.join(dir, 'library.db'), version: 'dev' });
  });

  it('keeps settings in settings.json beside the database', async () => {
    const dir = tempDir();
    const databasePath = path.join(dir, 'library.db');
    harness = startClient({ databasePath });
    expect(await harness.client.call('getSettings', [])).toEqual({ topK: 10, topN: 100, rrfK: 60, lexicalWeight: 1, semanticWeight: 1, modelsDir: null });
    const saved = await harness.client.call('updateSettings', [{ topK: 25, lexicalWeight: 0.5 }]);
    expect(saved).toMatchObject({ topK: 25, lexicalWeight: 0.5, topN: 100 });
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'settings.json'), 'utf8'))).toMatchObject({ version: 1, topK: 25 });
    await harness.client.close();

    harness = startClient({ databasePath });
    expect(await harness.client.call('getSettings', [])).toMatchObject({ topK: 25, lexicalWeight: 0.5 });
  });
});
