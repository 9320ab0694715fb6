/**
 * The hook between the PDF reader and OCR: picks the pages with no usable text layer
 * (all of them in "force" mode, used by the eval to ignore an old OCR layer), OCRs only
 * those, and puts their lines in place of the empty ones. A mixed PDF keeps its real
 * text on the other pages.
 */
import { IngestError } from '../../../../shared/errors';
import type { PageLines } from '../pdf/layout-types';
import { ocrPdfPages, type OcrPage, type OcrPagesOptions } from './ocr-pages';

export type OcrMode = 'auto' | 'force' | 'off';

// A page with fewer visible characters than this has no text layer worth keeping.
const MIN_PAGE_CHARS = 20;

export interface OcrMerged {
  pages: PageLines[];
  ocrPages: OcrPage[];
}

export async function ocrTextlessPages(
  bytes: Uint8Array,
  pages: readonly PageLines[],
  mode: OcrMode,
  options: OcrPagesOptions,
): Promise<OcrMerged> {
  if (mode === 'off') return { pages: [...pages], ocrPages: [] };
  const wanted = pages
    .filter((p) => mode === 'force' || p.lines.reduce((n, l) => n + l.text.replace(/\s+/g, '').length, 0) < MIN_PAGE_CHARS)
    .map((p) => p.pageNumber);
  if (wanted.length === 0) return { pages: [...pages], ocrPages: [] };
  let ocrPages: OcrPage[];
  try {
    ocrPages = await ocrPdfPages(bytes, wanted, options);
  } catch (error) {
    if (options.signal?.aborted || (error as Error).name === 'AbortError') throw error;
    if (error instanceof IngestError) throw error;
    throw new IngestError('ocr-failed', `The scanned pages could not be read by OCR (${(error as Error).message}).`);
  }
  const byPage = new Map(ocrPages.map((p) => [p.pageNumber, p]));
  return {
    pages: pages.map((p) => {
      const ocr = byPage.get(p.pageNumber);
      return ocr ? { ...p, lines: ocr.lines } : p;
    }),
    ocrPages,
  };
}
