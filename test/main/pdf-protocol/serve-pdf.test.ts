import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRange, servePdf, type PdfSource } from '../../../src/main/pdf-protocol/serve-pdf';
import { VerifiedFileCache } from '../../../src/main/pdf-protocol/verified-file';
import { documentIdOfPdfUrl, pdfUrl } from '../../../src/shared/pdf-url';
import { makeSampleContractPdf } from '../../fixtures/pdf-fixtures';
import { tempDir } from '../../helpers/temp-dir';

async function library(): Promise<{ file: string; bytes: Buffer; source: PdfSource }> {
  const file = path.join(tempDir(), 'Contract 100%.pdf');
  const bytes = Buffer.from(await makeSampleContractPdf());
  fs.writeFileSync(file, bytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { file, bytes, source: { lookup: async (id) => (id === 7 ? { path: file, sha256 } : null) } };
}

const get = (url: string, headers: Record<string, string> = {}) => new Request(url, { headers });

describe('clause-pdf URLs', () => {
  it('name a document by id and nothing else', () => {
    expect(pdfUrl(7)).toBe('clause-pdf://document/7');
    expect(documentIdOfPdfUrl(pdfUrl(7))).toBe(7);
    for (const url of ['clause-pdf://document/', 'clause-pdf://document/7/8', 'clause-pdf://other/7', 'file:///document/7', 'clause-pdf://document/x']) {
      expect(documentIdOfPdfUrl(url)).toBeNull();
    }
  });
});

describe('parseRange', () => {
  it('reads the forms pdf.js and Chromium send, clamped to the file', () => {
    expect(parseRange(null, 100)).toBeNull();
    expect(parseRange('bytes=0-9', 100)).toEqual({ start: 0, end: 9 });
    expect(parseRange('bytes=90-', 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange('bytes=-10', 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange('bytes=95-200', 100)).toEqual({ start: 95, end: 99 });
    for (const bad of ['bytes=100-', 'bytes=5-2', 'bytes=-0', 'bytes=-', 'items=0-1', 'bytes=0-1,5-6']) expect(parseRange(bad, 100)).toBe('invalid');
  });
});

describe('servePdf', () => {
  it('serves the whole verified file with the headers pdf.js needs for range loading', async () => {
    const { bytes, source } = await library();
    const response = await servePdf(get(pdfUrl(7)), source, new VerifiedFileCache());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('accept-ranges')).toBe('bytes');
    expect(response.headers.get('content-length')).toBe(String(bytes.length));
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-expose-headers')).toMatch(/Content-Range/);
    expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it('serves a byte range as 206 with its Content-Range, and refuses one past the end', async () => {
    const { bytes, source } = await library();
    const files = new VerifiedFileCache();
    const part = await servePdf(get(pdfUrl(7), { Range: 'bytes=100-199' }), source, files);
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 100-199/${bytes.length}`);
    expect(Buffer.from(await part.arrayBuffer()).equals(bytes.subarray(100, 200))).toBe(true);
    const tail = await servePdf(get(pdfUrl(7), { Range: 'bytes=-32' }), source, files);
    expect(Buffer.from(await tail.arrayBuffer()).equals(bytes.subarray(bytes.length - 32))).toBe(true);
    const past = await servePdf(get(pdfUrl(7), { Range: `bytes=${bytes.length}-` }), source, files);
    expect(past.status).toBe(416);
    expect(past.headers.get('content-range')).toBe(`bytes */${bytes.length}`);
  });

  it('hashes a file once while it is unchanged, and again when its size or mtime changes', async () => {
    const { file, source } = await library();
    const files = new VerifiedFileCache();
    for (let i = 0; i < 3; i++) expect((await servePdf(get(pdfUrl(7), { Range: `bytes=${i * 10}-${i * 10 + 9}` }), source, files)).status).toBe(206);
    expect(files.hashes).toBe(1);
    const later = new Date(Date.now() + 60_000);
    fs.utimesSync(file, later, later);
    expect((await servePdf(get(pdfUrl(7)), source, files)).status).toBe(200);
    expect(files.hashes).toBe(2);
  });

  it('answers 404 with a sentence for a changed, missing or unknown document', async () => {
    const { file, source } = await library();
    const files = new VerifiedFileCache();
    const unknown = await servePdf(get(pdfUrl(8)), source, files);
    expect(unknown.status).toBe(404);
    fs.appendFileSync(file, '% edited after ingest\n');
    const changed = await servePdf(get(pdfUrl(7)), source, files);
    expect(changed.status).toBe(404);
    expect(await changed.text()).toMatch(/moved or changed/);
    fs.rmSync(file);
    expect((await servePdf(get(pdfUrl(7)), source, files)).status).toBe(404);
    expect((await servePdf(get('clause-pdf://document/abc'), source, files)).status).toBe(404);
  });
});
