/**
 * Walks a PDF's pages one at a time with pdf.js and reduces each to lines, releasing
 * the page before the next is read so memory stays flat on long contracts.
 */
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PageLines, PdfLine } from './layout-types';
import { buildLines } from './line-builder';
import { usableTitle } from './pdf-title';
import { guarded, openPdf } from './pdfjs-document';
import { toTextRuns } from './text-runs';

export interface PdfPages {
  pages: PageLines[];
  title: string | null;
}

export async function readPdfPages(bytes: Uint8Array, signal?: AbortSignal): Promise<PdfPages> {
  const task = await openPdf(bytes);
  // Destroying the task interrupts a long parse; the pending call then rejects.
  const onAbort = (): void => void task.destroy();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const doc = await guarded(task.promise);
    const title = await readTitle(doc);
    const pages: PageLines[] = [];
    for (let pageNumber = 1; pageNumber <= doc.numPages; pageNumber++) {
      signal?.throwIfAborted();
      const page = await guarded(doc.getPage(pageNumber));
      try {
        pages.push(await readPage(page, pageNumber));
      } finally {
        page.cleanup();
      }
    }
    return { pages, title };
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    throw error;
  } finally {
    signal?.removeEventListener('abort', onAbort);
    await task.destroy();
  }
}

async function readPage(page: PDFPageProxy, pageNumber: number): Promise<PageLines> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await guarded(page.getTextContent());
  const byOrientation = toTextRuns(content.items, viewport.transform);
  // Upright text is the page body; sideways text (margin stamps) follows it.
  const lines: PdfLine[] = buildLines(byOrientation.get(0) ?? []);
  for (const orientation of [1, 2, 3]) {
    const runs = byOrientation.get(orientation);
    if (runs) lines.push(...buildLines(runs));
  }
  return { pageNumber, height: viewport.height, lines };
}

async function readTitle(doc: PDFDocumentProxy): Promise<string | null> {
  try {
    const { info, metadata } = await doc.getMetadata();
    const infoTitle = (info as { Title?: unknown }).Title;
    return usableTitle(infoTitle) ?? usableTitle(metadata?.get('dc:title'));
  } catch {
    return null; // a broken metadata block is no reason to reject the text
  }
}
