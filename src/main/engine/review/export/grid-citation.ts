/** Pinpoint citations and cell texts shared by the grid's CSV, Excel and Word exports. */
import type { GridCell, GridClause } from '../../../../shared/review';
import { pagesLabel } from '../../export/citation';

/** "§ 12.3 (Governing Law), p. 7"; the document title is the row's, so it is left out. */
export function cellCitation(clause: GridClause): string {
  const parts: string[] = [];
  const label = clause.clauseNumber ? (/^\d/.test(clause.clauseNumber) ? `§ ${clause.clauseNumber}` : clause.clauseNumber) : null;
  if (label) parts.push(clause.heading ? `${label} (${clause.heading})` : label);
  else if (clause.heading) parts.push(clause.heading);
  parts.push(pagesLabel(clause.pageStart, clause.pageEnd));
  return parts.join(', ');
}

/** What a cell shows in a one-line table: the value, else the clause's opening words, else "not found". */
export function cellSummary(cell: GridCell, maxChars = 200): string {
  if (!cell.found || cell.clause === null) return 'not found';
  if (cell.value !== null && cell.value !== 'Yes') return cell.value;
  const flat = cell.clause.text.replace(/\s+/g, ' ').trim();
  const text = flat.length > maxChars ? `${flat.slice(0, maxChars - 1)}…` : flat;
  return cell.value === 'Yes' ? `Yes: ${text}` : text;
}

export function reviewLabel(cell: GridCell): string {
  const state = cell.review.state + (cell.review.stale ? ' (contract changed)' : '');
  return cell.review.note ? `${state}: ${cell.review.note}` : state;
}
