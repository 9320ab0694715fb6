import { IngestError } from '../../../shared/errors';
import type { ExtractedText, PageSpan } from './types';

/**
 * A plain-text contract as it is: the document text is the file's text, so character
 * offsets stay aligned with the file (the LegalBench-RAG gold spans depend on that).
 * Form feeds, where present, separate pages.
 */
export function extractPlainText(bytes: Uint8Array): ExtractedText {
  if (bytes.length === 0) throw new IngestError('empty-file', 'The file is empty (0 bytes).');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // Not UTF-8: older contracts are often Windows-1252; decode as Latin-1 rather than refuse.
    text = new TextDecoder('latin1').decode(bytes);
  }
  if (text.includes('\u0000')) {
    throw new IngestError('unreadable', 'This file is not plain text (it contains binary data).');
  }
  if (text.trim() === '') throw new IngestError('no-clauses', 'The file contains no text.');
  return { text, pages: splitPages(text), title: null };
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
