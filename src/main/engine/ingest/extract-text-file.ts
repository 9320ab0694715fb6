import { IngestError } from '../../../shared/errors';
import type { ExtractedText, PageSpan } from './types';
import { decodeText } from './file-checks/decode-text';

/**
 * A plain-text contract as it is: the document text is the file's text, so character
 * offsets stay aligned with the file (the LegalBench-RAG gold spans depend on that).
 * Form feeds, where present, separate pages.
 */
export function extractPlainText(bytes: Uint8Array): ExtractedText {
  if (bytes.length === 0) throw new IngestError('empty-file', 'The file is empty (0 bytes).');
  // UTF-8 (a few bad bytes replaced and noted), UTF-16 with a BOM, or Windows-1252; mostly binary is refused.
  const { text, notes } = decodeText(bytes);
  if (text.trim() === '') throw new IngestError('no-clauses', 'The file contains no text.');
  return { text, pages: splitPages(text), title: null, ...(notes.length > 0 ? { notes } : {}) };
}

function splitPages(text: string): PageSpan[] {
  const pages: PageSpan[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\f') {
      pages.push({ pageNumber: pages.length + 1, charStart: start, charEnd: i });
      start = i + 1;
    }
  }
  return pages;
}
