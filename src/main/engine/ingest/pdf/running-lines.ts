/**
 * Removes running headers and footers and bare page numbers. Only lines at the edges of
 * a page are candidates, and they are peeled from the outside in, so a body line that
 * happens to look like a header is never cut out of the middle of the text.
 */
import type { PageLines, PdfLine } from './layout-types';

// How many lines at the top and at the bottom of a page can be running lines.
const EDGE_LINES = 3;
// A running line sits at about the same height on each page (in font sizes), which
// keeps a title on page 1 that happens to equal the later pages' header.
const SAME_POSITION = 2;

const PAGE_NUMBER_PATTERNS: readonly RegExp[] = [
  /^\d{1,4}$/, // 3
  /^[-–—]\s*\d{1,4}\s*[-–—]$/, // - 3 -
  /^\[\s*\d{1,4}\s*\]$/, // [3]
  /^page\s*\d{1,4}(\s*(of|\/)\s*\d{1,4})?$/i, // Page 3, Page 3 of 10
  /^\d{1,4}\s*(of|\/)\s*\d{1,4}$/i, // 3 of 10
  /^\d{1,4}\s*\|\s*page$/i, // 3 | Page
  /^page\s*\|\s*\d{1,4}$/i, // Page | 3
  /^[ivxlc]{1,7}$/, // front-matter numbering: ii, xiv
];

export function isBarePageNumber(text: string): boolean {
  return PAGE_NUMBER_PATTERNS.some((pattern) => pattern.test(text));
}

/** Key under which repeated lines are compared: case, spacing and numbers ignored. */
function fuzzyKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ');
}

function edgeLines(page: PageLines): PdfLine[] {
  const { lines } = page;
  if (lines.length <= EDGE_LINES * 2) return lines;
  return [...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)];
}

interface RunningLine {
  /** Distances from the nearer page edge at which it occurs, one per page. */
  positions: number[];
}

/** Signed distance from the nearer edge: positive from the top, negative from the bottom. */
function edgeOffset(line: PdfLine, page: PageLines): number {
  return line.y <= page.height / 2 ? line.y : line.y - page.height;
}

/**
 * Lines that repeat at the edges of at least half the pages of a document of three or
 * more pages (numbers ignored), or of both pages of a two-page document (exact text).
 */
function findRunningLines(pages: readonly PageLines[]): Map<string, RunningLine> {
  const keyOf = pages.length >= 3 ? fuzzyKey : (text: string) => text;
  const needed = pages.length >= 3 ? Math.ceil(pages.length / 2) : 2;
  const seen = new Map<string, RunningLine>();
  for (const page of pages) {
    const onThisPage = new Set<string>();
    for (const line of edgeLines(page)) {
      const key = keyOf(line.text);
      if (onThisPage.has(key)) continue;
      onThisPage.add(key);
      const entry = seen.get(key) ?? { positions: [] };
      entry.positions.push(edgeOffset(line, page));
      seen.set(key, entry);
    }
  }
  const running = new Map<string, RunningLine>();
  if (pages.length < 2) return running;
  for (const [key, entry] of seen) {
    if (entry.positions.length >= needed) running.set(key, entry);
  }
  return running;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export function removeRunningLines(pages: readonly PageLines[]): PageLines[] {
  const running = findRunningLines(pages);
  const keyOf = pages.length >= 3 ? fuzzyKey : (text: string) => text;
  const usualOffset = new Map([...running].map(([key, entry]) => [key, median(entry.positions)]));

  return pages.map((page) => {
    const isRemovable = (line: PdfLine): boolean => {
      if (isBarePageNumber(line.text)) return true;
      const offset = usualOffset.get(keyOf(line.text));
      return offset !== undefined && Math.abs(edgeOffset(line, page) - offset) <= SAME_POSITION * line.size;
    };
    let start = 0;
    let end = page.lines.length;
    while (start < end && start < EDGE_LINES && isRemovable(page.lines[start]!)) start++;
    while (end > start && page.lines.length - end < EDGE_LINES && isRemovable(page.lines[end - 1]!)) end--;
    if (start === 0 && end === page.lines.length) return page;
    const lines = page.lines.slice(start, end);
    // The first surviving line opens the page; a break carried over from a removed
    // header would only add a blank line.
    if (lines[0]) lines[0] = { ...lines[0], breakBefore: false };
    return { ...page, lines };
  });
}
