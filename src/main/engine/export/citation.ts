import type { ClauseWithDocument } from '../../../shared/api';
import { fullClauseLabel } from '../../../shared/clause-label';
import { pageCitation } from '../../../shared/page-citation';
import { hasFixedPages } from '../../../shared/document-format';

function clauseLabel(clause: Pick<ClauseWithDocument, 'number' | 'path'>): string | null {
  return fullClauseLabel(clause.number, clause.path);
}

export function pagesLabel(pageStart: number, pageEnd: number): string {
  return pageStart === pageEnd ? `p. ${pageStart}` : `pp. ${pageStart}–${pageEnd}`;
}

/** A pinpoint citation: document title, clause number and heading, page or pages. */
export function pinpointCitation(clause: ClauseWithDocument): string {
  const parts = [clause.documentTitle];
  const label = clauseLabel(clause);
  if (label) parts.push(clause.heading ? `${label} (${clause.heading})` : label);
  else if (clause.heading) parts.push(clause.heading);
  // A Word file reflows, so it has no page to cite: the clause number and heading stand alone.
  if (hasFixedPages(clause.documentPath)) parts.push(pageCitation(clause));
  return parts.join(', ');
}
