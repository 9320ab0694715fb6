/**
 * pdf.js text items → positioned runs. Each item's matrix is composed with the page
 * viewport so that rotation and crop offsets disappear, then expressed in the item's own
 * reading frame: x along its baseline, y across it. Runs are bucketed by orientation so
 * that sideways margin text (Bates stamps, vertical labels) never interleaves with body
 * lines.
 */
import type { TextRun } from './layout-types';
import { normalizeRunText } from './normalize-text';

/** The part of a pdf.js TextItem this stage reads (marked-content items lack `str`). */
export interface PdfTextItemLike {
  str: string;
  transform: number[];
  width: number;
}

/** Runs of one page, keyed by orientation: 0 upright, 1..3 quarter turns. */
export type RunsByOrientation = Map<number, TextRun[]>;

type Matrix = [number, number, number, number, number, number];

function multiply(m1: Matrix, m2: Matrix): Matrix {
  const [a1, b1, c1, d1, e1, f1] = m1;
  const [a2, b2, c2, d2, e2, f2] = m2;
  return [
    a1 * a2 + c1 * b2,
    b1 * a2 + d1 * b2,
    a1 * c2 + c1 * d2,
    b1 * c2 + d1 * d2,
    a1 * e2 + c1 * f2 + e1,
    b1 * e2 + d1 * f2 + f1,
  ];
}

function isTextItem(item: unknown): item is PdfTextItemLike {
  const candidate = item as Partial<PdfTextItemLike> | null;
  return (
    typeof candidate?.str === 'string' &&
    Array.isArray(candidate.transform) &&
    candidate.transform.length === 6 &&
    typeof candidate.width === 'number'
  );
}

export function toTextRuns(items: readonly unknown[], viewportTransform: number[]): RunsByOrientation {
  const byOrientation: RunsByOrientation = new Map();
  const viewport = viewportTransform as Matrix;
  for (const item of items) {
    // Lines are rebuilt from positions, so pdf.js's end-of-line hints (hasEOL, and the
    // empty marker items that carry them) are not needed and are skipped here.
    if (!isTextItem(item) || item.str.length === 0) continue;
    const text = normalizeRunText(item.str);
    if (text.length === 0) continue;
    const [a, b, c, d, e, f] = multiply(viewport, item.transform as Matrix);
    const advanceScale = Math.hypot(a, b);
    const size = Math.hypot(c, d);
    if (advanceScale === 0 || size === 0) continue; // degenerate matrix: nothing visible
    // Unit vectors of the run's reading frame in display space (y down): u along the
    // baseline, v a quarter turn clockwise from it, towards the next line. Deriving v
    // from u rather than from (c, d) keeps line order right even for mirrored glyphs.
    const ux = a / advanceScale;
    const uy = b / advanceScale;
    const vx = -uy;
    const vy = ux;
    const angle = Math.atan2(uy, ux);
    const orientation = ((Math.round(angle / (Math.PI / 2)) % 4) + 4) % 4;
    const run: TextRun = {
      text,
      x: e * ux + f * uy,
      y: e * vx + f * vy,
      width: Math.abs(item.width),
      size,
    };
    const bucket = byOrientation.get(orientation);
    if (bucket) bucket.push(run);
    else byOrientation.set(orientation, [run]);
  }
  return byOrientation;
}
