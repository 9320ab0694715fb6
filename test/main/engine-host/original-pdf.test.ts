import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasOriginalPdf, readOriginalPdf } from '../../../src/main/engine-host/original-pdf';
import { VerifiedFileCache } from '../../../src/main/pdf-protocol/verified-file';
import { makeSampleContractPdf } from '../../fixtures/pdf-fixtures';
import { tempDir } from '../../helpers/temp-dir';

describe('original PDFs for the window', () => {
  it('checks the file once for the view and the bytes, and reads it once', async () => {
    const file = path.join(tempDir(), 'msa.pdf');
    const bytes = Buffer.from(await makeSampleContractPdf());
    fs.writeFileSync(file, bytes);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const files = new VerifiedFileCache();
    expect(await hasOriginalPdf(file, sha256, files)).toBe(true);
    const read = await readOriginalPdf(file, sha256, files);
    expect(Buffer.from(read!).equals(bytes)).toBe(true);
    expect(read!.byteLength).toBe(read!.buffer.byteLength);
    expect(files.hashes).toBe(1);
  });

  it('says no for a text document, a changed file and a missing one', async () => {
    const dir = tempDir();
    const text = path.join(dir, 'terms.txt');
    fs.writeFileSync(text, 'terms');
    const files = new VerifiedFileCache();
    expect(await hasOriginalPdf(text, createHash('sha256').update('terms').digest('hex'), files)).toBe(false);
    const pdf = path.join(dir, 'msa.pdf');
    fs.writeFileSync(pdf, await makeSampleContractPdf());
    expect(await readOriginalPdf(pdf, 'f'.repeat(64), files)).toBeNull();
    expect(await readOriginalPdf(path.join(dir, 'gone.pdf'), 'f'.repeat(64), files)).toBeNull();
  });
});
