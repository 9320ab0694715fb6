/** Data handed between the ingest stages: extraction → segmentation → chunking → store. */

/** Where one page's text lies in the document text, [charStart, charEnd). */
export interface PageSpan {
  pageNumber: number;
  charStart: number;
  charEnd: number;
  /** The number printed on the page ("83", "iv"), and how it was checked (ingest/printed-pages). */
  printedLabel?: string | null;
  printedCheck?: 'sequence' | 'inferred' | 'unchecked' | null;
}

/** A document reduced to one string plus the page each character came from. */
export interface ExtractedText {
  text: string;
  pages: PageSpan[];
  /** A title from the file's metadata, when it has a usable one. */
  title: string | null;
  /** Sentences the library shows with the document (tracked changes, OCR quality). */
  notes?: string[];
  /** Present when some pages were read by OCR. */
  ocr?: OcrSummary;
}

/** A clause found by the segmenter; its text is `text.slice(charStart, charEnd)`. */
export interface SegmentedClause {
  number: string | null;
  heading: string | null;
  /** Numbers from the outermost enclosing clause down to this one. */
  path: string[];
  /** Depth in the hierarchy, 0 for top level. */
  level: number;
  charStart: number;
  charEnd: number;
}

/** A token window of a clause, as offsets into the document text. */
export interface ChunkSpan {
  charStart: number;
  charEnd: number;
}

/** A word recognised by OCR: its span in the document text and its box on the page (fractions 0–1, top-left origin). */
export interface OcrWordSpan {
  pageNumber: number;
  charStart: number;
  charEnd: number;
  box: [x0: number, y0: number, x1: number, y1: number];
}

/** What OCR did for a document: the pages it read, how sure it was, and which pages were hard to read. */
export interface OcrSummary {
  pages: number[];
  /** Mean word confidence over the OCR'd pages, 0–100. */
  meanConfidence: number;
  lowQualityPages: number[];
  words: OcrWordSpan[];
}
