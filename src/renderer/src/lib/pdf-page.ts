/**
 * Draws one PDF page with pdf.js and places the clause's highlight boxes on it. pdf.js
 * is the normal (modern) build with its worker bundled by Vite as a same-origin file,
 * so the strict CSP (script-src 'self') allows it; this module is imported on demand.
 */
import { getDocument, GlobalWorkerOptions, Util, type PDFDocumentProxy } from 'pdfjs-dist';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { cachedPdf } from './pdf-cache';
import { matchClauseOnPage } from './page-text-match';
import { pdfjsDataUrls } from './pdfjs-data-urls';

GlobalWorkerOptions.workerSrc = workerUrl;

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface DrawnPage {
  width: number;
  height: number;
  /** Where the clause's text lies on the page, in CSS pixels from the page's top left. */
  boxes: Box[];
}

/**
 * The document's PDF, opened once; null when it has none (a text file, or the file changed).
 * `load` gives a URL (the desktop app's clause-pdf: handler, read by range: only the parts
 * drawn are fetched, autoFetch off) or the bytes (a browser host without that handler).
 */
export function pdfOf(documentId: number, load: () => Promise<string | Uint8Array | null>): Promise<PDFDocumentProxy | null> {
  return cachedPdf(documentId, async () => {
    const source = await load();
    if (source === null) return null;
    // No eval (the CSP forbids it) and no XFA forms: contracts are static pages.
    const common = { isEvalSupported: false, enableXfa: false, ...pdfjsDataUrls() };
    // pdf.js transfers a buffer to its worker: give it a copy.
    return getDocument(typeof source === 'string' ? { url: source, disableAutoFetch: true, ...common } : { data: source.slice(), ...common }).promise;
  });
}

/**
 * Renders `pageNumber` onto `canvas` at `width` CSS pixels (sharp at the screen's pixel
 * ratio) and matches `clauseText` to the page's text items for the highlight boxes.
 * `signal` cancels a render the view no longer needs.
 */
export async function drawPage(pdf: PDFDocumentProxy, pageNumber: number, canvas: HTMLCanvasElement, width: number, clauseText: string, signal: AbortSignal): Promise<DrawnPage> {
  const page = await pdf.getPage(Math.min(Math.max(1, pageNumber), pdf.numPages));
  const viewport = page.getViewport({ scale: width / page.getViewport({ scale: 1 }).width });
  const ratio = window.devicePixelRatio || 1;
  canvas.width = Math.floor(viewport.width * ratio);
  canvas.height = Math.floor(viewport.height * ratio);
  canvas.style.width = `${Math.floor(viewport.width)}px`;
  canvas.style.height = `${Math.floor(viewport.height)}px`;
  const task = page.render({ canvas, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] });
  const cancel = () => task.cancel();
  signal.addEventListener('abort', cancel, { once: true });
  try {
    const [, content] = await Promise.all([task.promise, page.getTextContent()]);
    const items = content.items.filter((item): item is TextItem => 'str' in item);
    const boxes = matchClauseOnPage(
      items.map((item) => item.str),
      clauseText,
    ).map(({ item, start, end }) => {
      const text = items[item]!;
      const [, , c, d, x, y] = Util.transform(viewport.transform, text.transform);
      const fontHeight = Math.hypot(c, d);
      const fullWidth = text.width * viewport.scale;
      const length = Math.max(1, text.str.length);
      // Characters are taken as equally wide: close enough for a highlight on body text.
      return { left: x + (fullWidth * start) / length, top: y - fontHeight, width: (fullWidth * (end - start)) / length, height: fontHeight * 1.2 };
    });
    return { width: viewport.width, height: viewport.height, boxes };
  } finally {
    signal.removeEventListener('abort', cancel);
  }
}
