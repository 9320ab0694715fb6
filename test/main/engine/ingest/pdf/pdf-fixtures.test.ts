/** The fixtures are what they claim to be, checked with pdf.js itself. */
import { describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import {
  makeContractPdf,
  makeCorruptPdf,
  makeEncryptedPdf,
  makeImageOnlyPdf,
  makeNotAPdf,
  makeSampleContractPdf,
  sampleContractPages,
} from '../../../../fixtures/pdf-fixtures';

async function openWithPdfJs(bytes: Uint8Array) {
  const task = getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 });
  try {
    const doc = await task.promise;
    const pages = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
    }
    return { pages, info: (await doc.getMetadata()).info as Record<string, unknown> };
  } finally {
    await task.destroy();
  }
}

describe('pdf fixtures', () => {
  it('draws the contract lines, header, footer and page numbers', async () => {
    const bytes = await makeContractPdf({
      title: 'Lease',
      header: 'HEAD',
      footer: 'FOOT',
      pageNumbers: true,
      pages: [['First line', '', 'Second line'], ['Other page']],
    });
    const { pages, info } = await openWithPdfJs(bytes);
    expect(info.Title).toBe('Lease');
    expect(pages[0]).toContain('First line');
    expect(pages[0]).toContain('HEAD');
    expect(pages[0]).toContain('FOOT');
    expect(pages[1]).toContain('Page 2 of 2');
  });

  it('makes byte-identical PDFs from the same spec', async () => {
    expect(await makeSampleContractPdf()).toEqual(await makeSampleContractPdf());
  });

  it('keeps every sample contract line inside the page margins', async () => {
    const { StandardFonts, PDFDocument } = await import('pdf-lib');
    const font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
    for (const line of sampleContractPages().flat()) expect(font.widthOfTextAtSize(line, 11), line).toBeLessThanOrEqual(468);
  });

  it('makes an encrypted PDF that pdf.js asks a password for', async () => {
    await expect(openWithPdfJs(makeEncryptedPdf())).rejects.toMatchObject({ name: 'PasswordException' });
  });

  it('makes an image-only PDF with no text items', async () => {
    const { pages } = await openWithPdfJs(await makeImageOnlyPdf(3));
    expect(pages).toEqual(['', '', '']);
  });

  it('makes a truncated PDF and a non-PDF', async () => {
    const corrupt = await makeCorruptPdf();
    expect(new TextDecoder().decode(corrupt.slice(0, 5))).toBe('%PDF-');
    expect(new TextDecoder().decode(corrupt.slice(-1024))).not.toContain('%%EOF');
    expect(new TextDecoder().decode(makeNotAPdf().slice(0, 1024))).not.toContain('%PDF-');
  });
});
