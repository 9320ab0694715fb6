/**
 * OCRs chosen pages of a PDF, one page at a time (progress after each, cancel between
 * and during pages), and turns tesseract's lines into the same PdfLine geometry the
 * text-layer reader builds, so running lines, paragraph breaks and hyphenation are
 * handled by the same steps for scans as for born-digital PDFs.
 */
import type { PdfLine } from '../pdf/layout-types';
import { OcrEngine } from './ocr-engine';
import { largestPageImage } from './page-image';

export interface OcrWordBox {
  text: string;
  confidence: number;
  /** Fractions of the page, origin top-left. */
  box: [number, number, number, number];
}

export interface OcrPage {
  pageNumber: number;
  lines: PdfLine[];
  /** Words in reading order, the same order as in `lines`. */
  words: OcrWordBox[];
  meanConfidence: number;
}

export interface OcrPagesOptions {
  signal?: AbortSignal;
  onPage?: (done: number, total: number, pageNumber: number) => void;
}

export async function ocrPdfPages(bytes: Uint8Array, pageNumbers: readonly number[], options: OcrPagesOptions = {}): Promise<OcrPage[]> {
  const { signal } = options;
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  const engine = await OcrEngine.start();
  // Terminating the worker interrupts a page being recognised.
  const onAbort = (): void => void engine.stop().catch(() => undefined);
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const doc = await task.promise;
    const results: OcrPage[] = [];
    for (const [index, pageNumber] of pageNumbers.entries()) {
      signal?.throwIfAborted();
      const page = await doc.getPage(pageNumber);
      try {
        const viewport = page.getViewport({ scale: 1 });
        const image = await largestPageImage(page, pdfjs.OPS.paintImageXObject);
        if (image) {
          const recognised = await engine.recognize(image.pgm);
          results.push(toOcrPage(pageNumber, recognised.lines, image.width, image.height, viewport.width, viewport.height));
        }
      } finally {
        page.cleanup();
      }
      options.onPage?.(index + 1, pageNumbers.length, pageNumber);
    }
    return results;
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    throw error;
  } finally {
    signal?.removeEventListener('abort', onAbort);
    if (!signal?.aborted) await engine.stop().catch(() => undefined);
    await task.destroy();
  }
}

function toOcrPage(
  pageNumber: number,
  lines: Awaited<ReturnType<OcrEngine['recognize']>>['lines'],
  imageWidth: number,
  imageHeight: number,
  pageWidth: number,
  pageHeight: number,
): OcrPage {
  // The scan fills the page: pixels map to points by the page/image ratio.
  const sx = pageWidth / imageWidth;
  const sy = pageHeight / imageHeight;
  const pdfLines: PdfLine[] = [];
  const words: OcrWordBox[] = [];
  let confidenceSum = 0;
  for (const line of lines) {
    const height = (line.bbox.y1 - line.bbox.y0) * sy;
    pdfLines.push({
      text: line.words.map((w) => w.text).join(' '),
      x: line.bbox.x0 * sx,
      xEnd: line.bbox.x1 * sx,
      y: line.bbox.y1 * sy,
      // A line box spans ascenders to descenders, about 1.2 font sizes.
      size: Math.max(1, height / 1.2),
      breakBefore: line.paragraphStart,
    });
    for (const w of line.words) {
      confidenceSum += w.confidence;
      words.push({
        text: w.text,
        confidence: w.confidence,
        box: [w.bbox.x0 / imageWidth, w.bbox.y0 / imageHeight, w.bbox.x1 / imageWidth, w.bbox.y1 / imageHeight],
      });
    }
  }
  return { pageNumber, lines: pdfLines, words, meanConfidence: words.length === 0 ? 0 : confidenceSum / words.length };
}
