/**
 * What can be wrong with a file handed to the PDF extractor, told to the user in one
 * sentence each. The caller prefixes the file name.
 */
import { IngestError } from '../../../../shared/errors';

export const PDF_MESSAGES = {
  empty: 'The file is empty (0 bytes).',
  notPdf: 'This file is not a PDF (it has no PDF header); it may be another format renamed to .pdf.',
  encrypted: 'This PDF is password-protected; remove the password and add it again.',
  corrupt: 'This PDF is damaged or incomplete and could not be read.',
  noTextLayer: 'This PDF has no text layer — it is a scan; OCR it first.',
} as const;

// The PDF spec puts "%PDF-" first, but readers accept it within the first 1 KB.
const HEADER_WINDOW = 1024;
const HEADER = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const EOF_MARKER = [0x25, 0x25, 0x45, 0x4f, 0x46]; // %%EOF

function indexOfBytes(haystack: Uint8Array, needle: readonly number[], from: number, to: number): number {
  const last = Math.min(to, haystack.length) - needle.length;
  outer: for (let i = Math.max(0, from); i <= last; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** Rejects input that is not worth handing to pdf.js at all. */
export function assertPdfBytes(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new IngestError('empty-file', PDF_MESSAGES.empty);
  if (indexOfBytes(bytes, HEADER, 0, HEADER_WINDOW) < 0) {
    throw new IngestError('not-a-pdf', PDF_MESSAGES.notPdf);
  }
}

/** A complete PDF ends with %%EOF (allowing for some trailing junk); a cut-off one does not. */
export function hasEofMarker(bytes: Uint8Array): boolean {
  return indexOfBytes(bytes, EOF_MARKER, bytes.length - HEADER_WINDOW, bytes.length) >= 0;
}

/** Maps a failure reported by pdf.js to the user-facing error. */
export function pdfJsFailure(error: unknown): IngestError {
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'PasswordException') return new IngestError('encrypted-pdf', PDF_MESSAGES.encrypted);
  return new IngestError('corrupt-pdf', PDF_MESSAGES.corrupt);
}
