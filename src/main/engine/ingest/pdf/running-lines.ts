/**
 * Removes running headers and footers and bare page numbers. Only lines at the edges of
 * a page's text are candidates, and they are peeled from the outside in, so a body line
 * that happens to look like a header is never cut out of the middle of the text.
 * Edges are taken in reading order, not as fixed bands of the page: HTML-to-PDF
 * converters (common in EDGAR filings) put the "footer" right after the page's text,
 * wherever that ends.
 */
import type { PageLines, PdfLine } from './layout-types';

// How many lines at the top and at the bottom of a page can be running lines.
const EDGE_LINES = 4;
// A running line keeps its font size; a page-1 title that happens to read like the
// later pages' header is usually set larger, and stays.
const SAME_SIZE = 0.15;

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

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * Lines that repeat at the edges of at least half the pages of a document of three or
 * more pages (numbers ignored), or of both pages of a two-page document (exact text).
 * Returns each one's usual font size.
 */
function findRunningLines(pages: readonly PageLines[], keyOf: (text: string) => string): Map<string, number> {
  const running = new Map<string, number>();
  if (pages.length < 2) return running;
  const needed = pages.length >= 3 ? Math.ceil(pages.length / 2) : 2;
  const sizes = new Map<string, number[]>();
  for (const page of pages) {
    const onThisPage = new Set<string>();
    for (const line of edgeLines(page)) {
      const key = keyOf(line.text);
      if (onThisPage.has(key)) continue;
      onThisPage.add(key);
      sizes.set(key, [...(sizes.get(key) ?? []), line.size]);
    }
  }
  for (const [key, seen] of sizes) if (seen.length >= needed) running.set(key, median(seen));
  return running;
}

export function removeRunningLines(pages: readonly PageLines[]): PageLines[] {
  const keyOf = pages.length >= 3 ? fuzzyKey : (text: string): string => text;
  const running = findRunningLines(pages, keyOf);

  const isRemovable = (line: PdfLine): boolean => {
    if (isBarePageNumber(line.text)) return true;
    const size = running.get(keyOf(line.text));
    return size !== undefined && Math.abs(line.size - size) <= SAME_SIZE * size;
  };

  return pages.map((page) => {
    let start = 0;
    let end = page.lines.length;
    while (start < end && start < EDGE_LINES && isRemovable(page.lines[start]!)) start++;
    while (end > start && page.lines.length - end < EDGE_LINES && isRemovable(page.lines[end - 1]!)) end--;
    if (start === 0 && end === page.lines.length) return page;
    // Never empty a page: lines that repeat on every page of a templated document are its text.
    if (start >= end) return { ...page, lines: page.lines.filter((line) => !isBarePageNumber(line.text)) };
    return { ...page, lines: page.lines.slice(start, end) };
  });
}
