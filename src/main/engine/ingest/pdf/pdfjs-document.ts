/**
 * Opening a PDF with pdf.js in Node: the options that keep it offline, quiet and free of
 * eval, and a guard that turns its exceptions into IngestErrors. pdf.js is imported on
 * first use so that commands which never read a PDF do not pay for loading it.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { PDFDocumentLoadingTask } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { pdfJsFailure } from './pdf-errors';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let pdfjs: Promise<PdfJs> | null = null;

function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

// pdf.js reads its data files with fs in Node; it appends file names to these folders,
// hence the trailing slash.
function dataFolders(): { standardFontDataUrl: string; cMapUrl: string } {
  const root = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return {
    standardFontDataUrl: `${path.join(root, 'standard_fonts')}/`,
    cMapUrl: `${path.join(root, 'cmaps')}/`,
  };
}

let folders: ReturnType<typeof dataFolders> | null = null;

export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentLoadingTask> {
  const { getDocument, VerbosityLevel } = await loadPdfJs();
  folders ??= dataFolders();
  return getDocument({
    // pdf.js may transfer (detach) the buffer it is given; the caller keeps its own.
    data: bytes.slice(),
    ...folders,
    cMapPacked: true,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: VerbosityLevel.ERRORS,
  });
}

/** Awaits a pdf.js call, reporting its failure as an IngestError. */
export async function guarded<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    throw pdfJsFailure(error);
  }
}
