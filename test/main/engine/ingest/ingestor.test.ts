import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ClauseEngine } from '../../../../src/main/engine/engine';
import {
  makeContractPdf,
  makeCorruptPdf,
  makeEncryptedPdf,
  makeImageOnlyPdf,
  makeNotAPdf,
  sampleContractPages,
} from '../../../fixtures/pdf-fixtures';
import { sharedDir } from '../../../helpers/shared-dir';
import { tempDir } from '../../../helpers/temp-dir';

const CONTRACT_TXT = `MASTER SUPPLY AGREEMENT

1. DEFINITIONS
1.1 "Products" means the goods listed in Schedule A.

2. PAYMENT
2.1 The Buyer shall pay each invoice within thirty (30) days.
2.2 Late payments bear interest at one percent per month.

3. GOVERNING LAW
This Agreement is governed by the laws of the State of New York.
`;

function consistency(engine: ClauseEngine) {
  const db = engine.db;
  return {
    integrity: db.pragma('integrity_check', { simple: true }),
    foreignKeys: db.pragma('foreign_key_check'),
    orphanFts: db.prepare('SELECT COUNT(*) FROM clauses_fts WHERE rowid NOT IN (SELECT id FROM clauses)').pluck().get(),
    failedWithClauses: db
      .prepare("SELECT COUNT(*) FROM clauses c JOIN documents d ON d.id = c.document_id WHERE d.status = 'failed'")
      .pluck()
      .get(),
  };
}

describe('Ingestor', () => {
  it('ingests good files, reports each bad one in a sentence, and keeps the database consistent', async () => {
    const dir = tempDir();
    const write = (name: string, bytes: Uint8Array | string) => fs.writeFileSync(path.join(dir, name), bytes);
    const contract = await makeContractPdf({ title: 'Services Agreement', header: 'CONFIDENTIAL', pageNumbers: true, pages: sampleContractPages() });
    write('a-contract.pdf', contract);
    write('b-copy-of-contract.pdf', contract);
    write('c-supply.txt', CONTRACT_TXT);
    write('d-empty.pdf', new Uint8Array());
    write('e-damaged.pdf', await makeCorruptPdf());
    write('f-locked.pdf', makeEncryptedPdf());
    write('g-scan.pdf', await makeImageOnlyPdf());
    write('h-renamed.pdf', makeNotAPdf());
    write('i-vanishes.pdf', contract);
    fs.copyFileSync(
      path.join(sharedDir(), 'eval-data/derived/scanned_image_only_pdf', fs.readdirSync(path.join(sharedDir(), 'eval-data/derived/scanned_image_only_pdf'))[0]!),
      path.join(dir, 'j-real-scan.pdf'),
    );

    const engine = ClauseEngine.open(path.join(tempDir(), 'lib.db'));
    const progress: string[] = [];
    const ocrProgress: string[] = [];
    const results = await engine.ingest([dir], {
      onProgress: (p) => {
        if (p.phase === 'ocr') {
          ocrProgress.push(`${path.basename(p.path)} ${p.ocrPagesDone}/${p.ocrPageCount}`);
          return;
        }
        progress.push(path.basename(p.path));
        // The user deletes a file while the batch runs.
        if (p.fileIndex === 0) fs.rmSync(path.join(dir, 'i-vanishes.pdf'));
      },
    });
    const byName = Object.fromEntries(results.map((r) => [path.basename(r.path), r]));
    expect(progress).toHaveLength(10);
    expect(byName['a-contract.pdf']).toMatchObject({ outcome: 'ingested', error: null });
    expect(byName['a-contract.pdf']!.pages).toBeGreaterThan(1);
    expect(byName['a-contract.pdf']!.clauses).toBeGreaterThan(3);
    expect(byName['b-copy-of-contract.pdf']).toMatchObject({ outcome: 'duplicate', duplicateOf: path.join(dir, 'a-contract.pdf') });
    expect(byName['c-supply.txt']).toMatchObject({ outcome: 'ingested', pages: 1 });
    expect(byName['d-empty.pdf']).toMatchObject({ outcome: 'failed', errorCode: 'empty-file', error: 'The file is empty (0 bytes).' });
    expect(byName['e-damaged.pdf']).toMatchObject({ outcome: 'failed', errorCode: 'corrupt-pdf' });
    expect(byName['f-locked.pdf']).toMatchObject({ outcome: 'failed', errorCode: 'encrypted-pdf' });
    expect(byName['f-locked.pdf']!.error).toMatch(/password/);
    // A real scan is OCR'd; an image with no text in it still fails with a sentence.
    expect(byName['g-scan.pdf']).toMatchObject({
      outcome: 'failed',
      errorCode: 'no-text-layer',
      error: 'This PDF has no text layer and its scan could not be read by OCR; check that the scan is legible.',
    });
    expect(byName['j-real-scan.pdf']).toMatchObject({ outcome: 'ingested', pages: 4 });
    expect(ocrProgress.filter((p) => p.startsWith('j-real-scan.pdf'))).toEqual(['1/4', '2/4', '3/4', '4/4'].map((n) => `j-real-scan.pdf ${n}`));
    expect(byName['h-renamed.pdf']).toMatchObject({ outcome: 'failed', errorCode: 'not-a-pdf' });
    expect(byName['i-vanishes.pdf']).toMatchObject({ outcome: 'failed', errorCode: 'not-found' });

    expect(consistency(engine)).toEqual({ integrity: 'ok', foreignKeys: [], orphanFts: 0, failedWithClauses: 0 });
    const docs = engine.listDocuments();
    expect(docs.filter((d) => d.status === 'ready')).toHaveLength(3);
    expect(docs.find((d) => d.path.endsWith('f-locked.pdf'))).toMatchObject({ status: 'failed', error: expect.stringMatching(/password/) });
    expect((await engine.search('thirty days invoice')).results[0]!.documentPath).toBe(path.join(dir, 'c-supply.txt'));
    engine.close();
  });

  it('skips identical bytes, replaces a changed file in place, and keeps a good version when the new one is broken', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'supply.txt');
    fs.writeFileSync(file, CONTRACT_TXT);
    const engine = ClauseEngine.open(':memory:');
    expect((await engine.ingest([file]))[0]!.outcome).toBe('ingested');
    expect((await engine.ingest([file]))[0]!.outcome).toBe('duplicate');
    fs.writeFileSync(file, CONTRACT_TXT.replace('New York', 'Delaware'));
    expect((await engine.ingest([file]))[0]!.outcome).toBe('replaced');
    expect(engine.listDocuments()).toHaveLength(1);
    expect((await engine.search('Delaware')).results).toHaveLength(1);
    await expect(engine.search('York')).resolves.toBeDefined();
    expect((await engine.search('York')).results).toHaveLength(0);

    fs.writeFileSync(file, new Uint8Array([0, 1, 2, 3]));
    expect((await engine.ingest([file]))[0]!.outcome).toBe('failed');
    expect(engine.listDocuments()).toMatchObject([{ status: 'ready' }]);
    expect((await engine.search('Delaware')).results).toHaveLength(1);
    engine.close();
  });

  it('refuses unsupported file types named explicitly', async () => {
    const dir = tempDir();
    const docx = path.join(dir, 'memo.xlsx');
    fs.writeFileSync(docx, 'PK');
    const engine = ClauseEngine.open(':memory:');
    expect((await engine.ingest([docx]))[0]).toMatchObject({ outcome: 'failed', errorCode: 'unsupported-type' });
    engine.close();
  });
});
