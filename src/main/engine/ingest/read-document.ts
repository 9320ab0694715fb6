import fs from 'node:fs/promises';
import path from 'node:path';
import { IngestError } from '../../../shared/errors';
import { extractPlainText } from './extract-text-file';
import { refuseLegacyDoc } from './docx/docx-errors';
import { extractDocxText } from './docx/extract-docx';
import { extractHtmlText } from './html/extract-html';
import { extractPdfText } from './pdf/extract-pdf';
import type { ExtractedText } from './types';

/** Reads a file's bytes, turning file-system failures into sentences a user can act on. */
export async function readFileBytes(file: string): Promise<Uint8Array> {
  try {
    const buffer = await fs.readFile(file);
    // A plain Uint8Array view: pdf.js refuses Node Buffers.
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new IngestError('not-found', 'The file was not found; it may have been moved or deleted during the import.');
    }
    if (code === 'EACCES' || code === 'EPERM') {
      throw new IngestError('unreadable', 'The file cannot be read (permission denied); check its permissions.');
    }
    if (code === 'EISDIR') throw new IngestError('unreadable', 'This is a folder, not a file.');
    throw new IngestError('unreadable', `The file cannot be read (${code ?? String(error)}).`);
  }
}

/** Text and pages of a supported file, chosen by extension. */
export async function extractDocument(
  file: string,
  bytes: Uint8Array,
  signal?: AbortSignal,
  onOcrPage?: (done: number, total: number) => void,
): Promise<ExtractedText> {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.pdf') return extractPdfText(bytes, { signal, onOcrPage });
  if (extension === '.txt') return extractPlainText(bytes);
  if (extension === '.htm' || extension === '.html') return extractHtmlText(bytes);
  if (extension === '.docx') return extractDocxText(bytes);
  if (extension === '.doc') return refuseLegacyDoc(bytes);
  throw new IngestError('unsupported-type', 'Only PDF, Word (.docx), HTML and plain-text (.txt) files can be added.');
}
