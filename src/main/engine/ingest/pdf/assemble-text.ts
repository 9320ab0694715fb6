/**
 * Lines → the document string and its page spans. Lines are separated by "\n", paragraphs
 * and pages by "\n\n", so every line (and so every clause number) starts after a newline.
 */
import type { PageSpan } from '../types';
import type { PageLines } from './layout-types';

export interface AssembledText {
  text: string;
  pages: PageSpan[];
}

export function assembleText(pages: readonly PageLines[]): AssembledText {
  let text = '';
  const spans: PageSpan[] = [];
  for (const page of pages) {
    let pageText = '';
    for (const line of page.lines) {
      if (pageText.length > 0) pageText += line.breakBefore ? '\n\n' : '\n';
      pageText += line.text;
    }
    // Empty pages add no separator, so they never leave runs of blank lines behind.
    if (pageText.length > 0 && text.length > 0) text += '\n\n';
    const charStart = text.length;
    text += pageText;
    spans.push({ pageNumber: page.pageNumber, charStart, charEnd: text.length });
  }
  return { text, pages: spans };
}
