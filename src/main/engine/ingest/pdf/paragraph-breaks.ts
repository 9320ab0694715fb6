/**
 * Marks paragraph breaks: a line whose distance from the previous line is clearly larger
 * than the usual line pitch starts a new paragraph. Pitch is measured in font sizes so
 * that headings and footnotes compare fairly with body text, and the "usual" pitch is a
 * low percentile, not the median, so that pages made mostly of one-line paragraphs still
 * reveal their true line spacing.
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

function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

/** Returns pages whose lines carry `breakBefore`; the input is left untouched. */
export function markParagraphBreaks(pages: readonly PageLines[]): PageLines[] {
  const documentPitch = percentile(pages.flatMap((page) => pitches(page.lines)), PITCH_PERCENTILE);
  return pages.map((page) => {
    const own = pitches(page.lines);
    const usual = own.length >= MIN_PAGE_SAMPLES ? percentile(own, PITCH_PERCENTILE) : documentPitch;
    const lines = page.lines.map((line, i) => {
      const previous = page.lines[i - 1];
      const breakBefore =
        previous !== undefined && usual !== null && pitch(previous, line) > usual * BREAK_FACTOR;
      return { ...line, breakBefore };
    });
    return { ...page, lines };
  });
}
