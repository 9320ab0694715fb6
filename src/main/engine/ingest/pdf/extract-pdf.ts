/**
 * PDF bytes → the document's text in reading order with page spans: the first stage of
 * ingest. Layout is rebuilt from glyph positions (not from pdf.js's item order), running
 * headers, footers and page numbers are dropped, and words split by a line-end hyphen
 * are rejoined, so that clause numbers start lines and search terms are whole.
 */
import { IngestError } from '../../../../shared/errors';
import { OCR_FOUND_NOTHING, summariseOcr } from '../ocr/attach-ocr-words';
import type { OcrPagesOptions } from '../ocr/ocr-pages';
import { ocrTextlessPages, type OcrMode } from '../ocr/ocr-textless-pages';
import type { ExtractedText } from '../types';
import { assembleText } from './assemble-text';
import { joinHyphenatedWords } from './hyphenation';
import { markParagraphBreaks } from './paragraph-breaks';
import { assertPdfBytes, hasEofMarker, PDF_MESSAGES } from './pdf-errors';
import { readPdfPages } from './read-pdf-pages';
import { removeRunningLines } from './running-lines';
import { withPrintedPages } from '../printed-pages/with-printed-pages';

// Fewer visible characters per page than this, on average, is a scan (or a stamp on one).
const MIN_CHARS_PER_PAGE = 20;

export interface ExtractPdfOptions {
  signal?: AbortSignal;
  /** Pages without a text layer are OCR'd ('auto', the default); 'force' OCRs every page; 'off' never. */
  ocr?: OcrMode;
  onOcrPage?: OcrPagesOptions['onPage'];
}

export async function extractPdfText(bytes: Uint8Array, options: ExtractPdfOptions = {}): Promise<ExtractedText> {
  const { signal } = options;
  signal?.throwIfAborted();
  assertPdfBytes(bytes);
  const read = await readPdfPages(bytes, signal);
  const { title } = read;
  const { pages, ocrPages } = await ocrTextlessPages(bytes, read.pages, options.ocr ?? 'auto', { signal, onPage: options.onOcrPage });
  const cleaned = joinHyphenatedWords(markParagraphBreaks(removeRunningLines(pages)));
  const { text, pages: spans } = assembleText(cleaned);
  if (visibleCharacters(text) < MIN_CHARS_PER_PAGE * Math.max(1, spans.length)) {
    // Pages without text in a file cut short are missing, not scanned.
    if (!hasEofMarker(bytes)) throw new IngestError('corrupt-pdf', PDF_MESSAGES.corrupt);
    if (ocrPages.length > 0) throw new IngestError('no-text-layer', OCR_FOUND_NOTHING);
    throw new IngestError('no-text-layer', PDF_MESSAGES.noTextLayer);
  }
  const placed = withPrintedPages(spans, pages);
  if (ocrPages.length > 0) return { text, pages: placed, title, ocr: summariseOcr(text, spans, ocrPages) };
  return { text, pages: placed, title };
}

function visibleCharacters(text: string): number {
  return text.replace(/\s+/g, '').length;
}
