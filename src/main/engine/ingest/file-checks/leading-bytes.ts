import { IngestError } from '../../../../shared/errors';
import { PDF_MESSAGES } from '../pdf/pdf-errors';

/** How much of a file is read to decide its type before the rest is read. */
export const LEADING_BYTES = 8192;

const startsWith = (head: Uint8Array, signature: readonly number[]): boolean =>
  head.length >= signature.length && signature.every((byte, i) => head[i] === byte);

// Formats that are often renamed to .txt by mistake; named so the sentence can say what the file is.
const BINARY_SIGNATURES: ReadonlyArray<{ name: string; bytes: readonly number[] }> = [
  { name: 'a PDF', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { name: 'a program', bytes: [0x7f, 0x45, 0x4c, 0x46] }, // ELF
  { name: 'a program', bytes: [0x4d, 0x5a] }, // MZ (Windows)
  { name: 'a Word, Excel or ZIP file', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'an old Word or Excel file', bytes: [0xd0, 0xcf, 0x11, 0xe0] },
  { name: 'an image', bytes: [0x89, 0x50, 0x4e, 0x47] }, // PNG
  { name: 'an image', bytes: [0xff, 0xd8, 0xff] }, // JPEG
];

const UTF16_BOMS: ReadonlyArray<readonly number[]> = [[0xff, 0xfe], [0xfe, 0xff]];

/**
 * Checks a file's first bytes against what its name promises, before the whole file is
 * read: a ".txt" that is really a PDF or a program, or a ".pdf" that is not a PDF.
 * Extensions this module does not know are left to their readers.
 */
export function checkLeadingBytes(extension: string, head: Uint8Array): void {
  if (extension === '.pdf') {
    // pdf.js accepts a header anywhere in the first kilobyte; so does this check.
    const text = Buffer.from(head.subarray(0, 1024)).toString('latin1');
    if (!text.includes('%PDF-')) throw new IngestError('not-a-pdf', PDF_MESSAGES.notPdf);
    return;
  }
  if (extension === '.txt') {
    const binary = BINARY_SIGNATURES.find((signature) => startsWith(head, signature.bytes));
    if (binary) throw new IngestError('not-plain-text', `This file is not plain text (it is ${binary.name} named .txt).`);
    // A NUL byte never occurs in 8-bit or UTF-8 text; UTF-16 (which has many) announces itself with a BOM.
    if (!UTF16_BOMS.some((bom) => startsWith(head, bom)) && head.includes(0)) {
      throw new IngestError('not-plain-text', 'This file is not plain text (it contains binary data).');
    }
  }
}
