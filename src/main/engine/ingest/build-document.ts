import type { ClauseToStore } from '../store/document-writer';
import { chunkClause } from './chunk/chunk-clause';
import { pageRange } from './page-lookup';
import { segmentClauses } from './segment/segment-clauses';
import type { ExtractedText } from './types';

/** Extracted text → clauses with pages and chunks, ready for the store. */
export function buildClauses(extracted: ExtractedText): ClauseToStore[] {
  return segmentClauses(extracted.text).map((clause) => {
    const [pageStart, pageEnd] = pageRange(extracted.pages, clause.charStart, clause.charEnd);
    return {
      number: clause.number,
      heading: clause.heading,
      path: clause.path,
      level: clause.level,
      pageStart,
      pageEnd,
      charStart: clause.charStart,
      charEnd: clause.charEnd,
      chunks: chunkClause(extracted.text, clause),
    };
  });
}
