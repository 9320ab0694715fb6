/**
 * Marks paragraph breaks. Two signals, either suffices:
 * - vertical: the gap above a line is clearly larger than the usual line pitch. Pitch
 *   is measured in font sizes so that headings and footnotes compare fairly with body
 *   text, and "usual" is a low percentile, not the median, so that pages made mostly of
 *   one-line paragraphs still reveal their true line spacing;
 * - first-line indent: the line starts well right of the text's left margin and the
 *   line above stopped well short of the right margin (documents that separate
 *   paragraphs by indentation alone, e.g. double-spaced drafts). A hanging indent does
 *   not trigger it, because the line above a continuation line runs full width.
 */
import type { PageLines, PdfLine } from './layout-types';

// A gap this much larger than the usual pitch is a paragraph break.
const BREAK_FACTOR = 1.3;
// Percentile taken as the usual pitch.
const PITCH_PERCENTILE = 0.25;
// A page needs this many gaps to trust its own pitch; otherwise the document's is used.
const MIN_PAGE_SAMPLES = 6;
// Gaps beyond this many font sizes are layout jumps (tables, signature blocks), not pitch.
const MAX_PITCH = 4;
// Indent (in font sizes) that marks a first line.
const INDENT = 1;
// How far short of the right margin a line must stop to end a paragraph, as a share of
// the text width: tight for justified text, looser for ragged-right text.
const MIN_SHORTFALL = 0.03;
const MAX_SHORTFALL = 0.2;

function pitch(previous: PdfLine, line: PdfLine): number {
  return (line.y - previous.y) / ((line.size + previous.size) / 2);
}

function pitches(lines: readonly PdfLine[]): number[] {
  const result: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const value = pitch(lines[i - 1]!, lines[i]!);
    if (value > 0.5 && value < MAX_PITCH) result.push(value);
  }
  return result;
}

function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

interface Margins {
  left: number;
  right: number;
  /** A line ending left of this did not run to the margin. */
  shortBefore: number;
}

/**
 * The text block's edges: where continuation lines start and where full lines end.
 * Percentiles rather than extremes, so a stray margin note does not move them.
 */
function textMargins(pages: readonly PageLines[]): Margins | null {
  const lines = pages.flatMap((page) => page.lines);
  const left = percentile(
    lines.map((line) => line.x),
    0.1,
  );
  const right = percentile(
    lines.map((line) => line.xEnd),
    0.9,
  );
  const middle = percentile(
    lines.map((line) => line.xEnd),
    0.5,
  );
  if (left === null || right === null || middle === null || right <= left) return null;
  // Justified text puts full lines' ends together, ragged text spreads them out.
  const width = right - left;
  const shortfall = Math.min(MAX_SHORTFALL * width, Math.max(MIN_SHORTFALL * width, 2 * (right - middle)));
  return { left, right, shortBefore: right - shortfall };
}

function startsIndentedParagraph(previous: PdfLine, line: PdfLine, margins: Margins | null): boolean {
  if (!margins) return false;
  const indented = line.x > margins.left + INDENT * line.size;
  const previousShort = previous.xEnd < margins.shortBefore;
  return indented && previousShort;
}

/** Returns pages whose lines carry `breakBefore`; the input is left untouched. */
export function markParagraphBreaks(pages: readonly PageLines[]): PageLines[] {
  const documentPitch = percentile(
    pages.flatMap((page) => pitches(page.lines)),
    PITCH_PERCENTILE,
  );
  const margins = textMargins(pages);
  return pages.map((page) => {
    const own = pitches(page.lines);
    const usual = own.length >= MIN_PAGE_SAMPLES ? percentile(own, PITCH_PERCENTILE) : documentPitch;
    const lines = page.lines.map((line, i) => {
      const previous = page.lines[i - 1];
      if (!previous) return { ...line, breakBefore: false };
      const gapBreak = usual !== null && pitch(previous, line) > usual * BREAK_FACTOR;
      return { ...line, breakBefore: gapBreak || startsIndentedParagraph(previous, line, margins) };
    });
    return { ...page, lines };
  });
}
