/**
 * Geometry shared by the PDF text-rebuilding steps. Coordinates are in the page's
 * display space at scale 1 (points, origin top-left, y growing downwards), so page
 * rotation and crop-box offsets are already applied.
 */

/** One pdf.js text item, normalised and placed on the page. */
export interface TextRun {
  text: string;
  /** Left edge of the run. */
  x: number;
  /** Baseline. */
  y: number;
  /** Advance width along the baseline. */
  width: number;
  /** Font size in points (the text matrix's vertical scale). */
  size: number;
}

/** A rebuilt line of text. */
export interface PdfLine {
  text: string;
  x: number;
  /** Right edge of the line's last visible run. */
  xEnd: number;
  /** Baseline of the line's dominant (largest) text. */
  y: number;
  /** Largest font size on the line. */
  size: number;
  /** True when a paragraph break (blank line) precedes this line on its page. */
  breakBefore: boolean;
}

/** The lines of one page in reading order. */
export interface PageLines {
  pageNumber: number;
  height: number;
  lines: PdfLine[];
}
