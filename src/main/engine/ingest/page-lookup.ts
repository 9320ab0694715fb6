import type { PageSpan } from './types';

/**
 * The page holding a character offset. Offsets that fall between pages (the blank
 * separator) belong to the following page; past the end, to the last page.
 */
export function pageAt(pages: readonly PageSpan[], offset: number): number {
  if (pages.length === 0) return 1;
  let lo = 0;
  let hi = pages.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pages[mid]!.charEnd <= offset) lo = mid + 1;
    else hi = mid;
  }
  return pages[lo]!.pageNumber;
}

/** First and last page of the span [charStart, charEnd). */
export function pageRange(pages: readonly PageSpan[], charStart: number, charEnd: number): [number, number] {
  return [pageAt(pages, charStart), pageAt(pages, Math.max(charStart, charEnd - 1))];
}
