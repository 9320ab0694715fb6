/** Data handed between the ingest stages: extraction → segmentation → chunking → store. */

/** Where one page's text lies in the document text, [charStart, charEnd). */
export interface PageSpan {
  pageNumber: number;
  charStart: number;
  charEnd: number;
}

/** A document reduced to one string plus the page each character came from. */
export interface ExtractedText {
  text: string;
  pages: PageSpan[];
  /** A title from the file's metadata, when it has a usable one. */
  title: string | null;
  /** What had to be repaired while reading (e.g. invalid UTF-8 bytes replaced). */
  notes?: string[];
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
