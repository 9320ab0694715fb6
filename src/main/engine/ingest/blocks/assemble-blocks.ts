/**
 * Paragraphs of a structured document (HTML, Word, OCR) → the same ExtractedText the PDF
 * reader gives: lines joined by "\n", paragraphs and pages by "\n\n", so every clause
 * number starts a line and everything after extraction is format-blind.
 */
import type { ExtractedText, PageSpan } from '../types';

/** One page of paragraphs; a paragraph may hold "\n" line breaks of its own. */
export type BlockPage = readonly string[];

export function assembleBlocks(pages: readonly BlockPage[], title: string | null): ExtractedText {
  let text = '';
  const spans: PageSpan[] = [];
  for (const [index, paragraphs] of pages.entries()) {
    const pageText = paragraphs.map(tidyParagraph).filter((p) => p !== '').join('\n\n');
    if (pageText.length > 0 && text.length > 0) text += '\n\n';
    const charStart = text.length;
    text += pageText;
    spans.push({ pageNumber: index + 1, charStart, charEnd: text.length });
  }
  return { text, pages: spans, title };
}

/** Collapses runs of spaces inside each line and drops blank lines inside a paragraph. */
function tidyParagraph(paragraph: string): string {
  return paragraph
    .split('\n')
    .map((line) => line.replace(/[ \u00a0]{2,}/g, ' ').replace(/^[ \u00a0]+|[ \u00a0]+$/g, ''))
    .filter((line) => line.replace(/\t/g, '') !== '')
    .join('\n');
}
