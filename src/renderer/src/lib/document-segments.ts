import type { DocumentView } from '../../../shared/app-api';

/** A stretch of a document's text that lies on one page and in at most one clause. */
export interface Piece {
  start: number;
  end: number;
  clauseId: number | null;
}

export interface PageOfText {
  pageNumber: number;
  /** The number printed on the page, where it can be trusted. */
  printedLabel?: string | null;
  pieces: Piece[];
}

/**
 * Cuts a document's text by page and by clause, so the contract view can print page
 * breaks and mark the chosen clause even where it runs across a page. Text between
 * clauses (a preamble, recitals) is a piece without a clause.
 */
export function segmentDocument(view: Pick<DocumentView, 'text' | 'pages' | 'clauses'>): PageOfText[] {
  const clauses = [...view.clauses].sort((a, b) => a.charStart - b.charStart);
  const pages = view.pages.length > 0 ? view.pages : [{ pageNumber: 1, charStart: 0, charEnd: view.text.length }];
  return pages.map((page) => {
    const pieces: Piece[] = [];
    let at = page.charStart;
    for (const clause of clauses) {
      if (clause.charEnd <= at || clause.charStart >= page.charEnd) continue;
      const start = Math.max(clause.charStart, at);
      if (start > at) pieces.push({ start: at, end: start, clauseId: null });
      const end = Math.min(clause.charEnd, page.charEnd);
      pieces.push({ start, end, clauseId: clause.id });
      at = end;
    }
    if (at < page.charEnd) pieces.push({ start: at, end: page.charEnd, clauseId: null });
    return { pageNumber: page.pageNumber, printedLabel: 'printedLabel' in page ? page.printedLabel : undefined, pieces };
  });
}

/** The part of a clause's text that is printed on one page ('' when the clause is not on it). */
export function clauseTextOnPage(view: Pick<DocumentView, 'text' | 'pages'>, clause: { charStart: number; charEnd: number }, pageNumber: number): string {
  const page = view.pages.find((p) => p.pageNumber === pageNumber);
  if (!page) return '';
  const start = Math.max(clause.charStart, page.charStart);
  const end = Math.min(clause.charEnd, page.charEnd);
  return end > start ? view.text.slice(start, end) : '';
}
