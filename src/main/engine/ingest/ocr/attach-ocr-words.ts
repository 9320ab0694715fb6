/**
 * Finds each OCR word in the final document text, so its box can be drawn when a hit
 * falls on it. The text went through the same clean-up as any PDF (running lines
 * dropped, hyphenated words rejoined), so words are matched in order from a cursor and
 * one that no longer appears as such (half of a rejoined word) is skipped, not guessed.
 */
import type { OcrSummary, OcrWordSpan, PageSpan } from '../types';
import type { OcrPage } from './ocr-pages';

export const OCR_FOUND_NOTHING = 'This PDF has no text layer and its scan could not be read by OCR; check that the scan is legible.';

// A page whose mean word confidence is below this is named as hard to read.
export const LOW_QUALITY_CONFIDENCE = 70;
// How far ahead a word may be looked for before it is given up as dropped.
const LOOKAHEAD = 200;

export function summariseOcr(text: string, spans: readonly PageSpan[], ocrPages: readonly OcrPage[]): OcrSummary {
  const words: OcrWordSpan[] = [];
  let confidenceSum = 0;
  let wordCount = 0;
  for (const page of ocrPages) {
    confidenceSum += page.meanConfidence * page.words.length;
    wordCount += page.words.length;
    const span = spans.find((s) => s.pageNumber === page.pageNumber);
    if (!span) continue;
    let cursor = span.charStart;
    for (const word of page.words) {
      const at = text.indexOf(word.text, cursor);
      if (at < 0 || at + word.text.length > span.charEnd || at - cursor > LOOKAHEAD) continue;
      words.push({ pageNumber: page.pageNumber, charStart: at, charEnd: at + word.text.length, box: word.box });
      cursor = at + word.text.length;
    }
  }
  return {
    pages: ocrPages.map((p) => p.pageNumber),
    meanConfidence: wordCount === 0 ? 0 : confidenceSum / wordCount,
    lowQualityPages: ocrPages.filter((p) => p.words.length > 0 && p.meanConfidence < LOW_QUALITY_CONFIDENCE).map((p) => p.pageNumber),
    words,
  };
}
