import type { PageSpan } from '../types';
import { detectPrintedPages, type PageEdgeSource } from './detect-printed-pages';

/** Page spans with each page's printed number, read from the page's lines before running lines are removed. */
export function withPrintedPages(spans: readonly PageSpan[], rawPages: readonly PageEdgeSource[]): PageSpan[] {
  const printed = new Map(detectPrintedPages(rawPages).map((p) => [p.pageNumber, p]));
  return spans.map((span) => {
    const page = printed.get(span.pageNumber);
    return { ...span, printedLabel: page?.label ?? null, printedCheck: page?.check ?? null };
  });
}
