import type { ClauseWithDocument } from '../../../shared/api';
import { pageCitation } from '../../../shared/page-citation';
import { hasFixedPages } from '../../../shared/document-format';

/**
 * "12.3" → "§ 12.3"; a sub-paragraph is only meaningful with its parent, so
 * path ["12", "12.3", "(b)"] → "§ 12.3(b)". Non-numeric numbers ("IV") stay as written.
 */
function clauseLabel(clause: Pick<ClauseWithDocument, 'number' | 'path'>): string | null {
  if (!clause.number) return null;
  const parts = clause.path.length > 0 ? clause.path : [clause.number];
  let anchor = parts.length - 1;
  while (anchor > 0 && parts[anchor]!.startsWith('(')) anchor--;
  const label = parts.slice(anchor).join('');
  return /^\d/.test(label) ? `§ ${label}` : label;
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
