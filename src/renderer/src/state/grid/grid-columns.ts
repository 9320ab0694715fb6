import type { ClauseTypeDefinition, GridCellSummary } from '../../../../shared/grid-api';
import type { ColumnCounts } from '../../components/grid/GridColumnHeader';

/** The columns on screen: a saved set's (in its order, unknown ids dropped) or every type not hidden. */
export function shownColumns(types: readonly ClauseTypeDefinition[], setTypeIds: readonly string[] | null): ClauseTypeDefinition[] {
  if (setTypeIds === null) return types.filter((t) => !t.hidden);
  const byId = new Map(types.map((t) => [t.id, t]));
  return setTypeIds.map((id) => byId.get(id)).filter((t): t is ClauseTypeDefinition => t !== undefined);
}

/** Per column: cells computed, found, flagged (for the headers). */
export function columnCounts(cells: Iterable<GridCellSummary>, documentIds: ReadonlySet<number>): Map<string, ColumnCounts> {
  const counts = new Map<string, ColumnCounts>();
  for (const cell of cells) {
    if (!documentIds.has(cell.documentId)) continue;
    let c = counts.get(cell.typeId);
    if (!c) counts.set(cell.typeId, (c = { found: 0, computed: 0, flagged: 0 }));
    c.computed += 1;
    if (cell.found) c.found += 1;
    if (cell.review.state === 'flagged') c.flagged += 1;
  }
  return counts;
}

/** Rows whose title or file name holds every word of the filter, case-insensitively. */
export function matchesFilter(filter: string, title: string, path: string): boolean {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  const haystack = `${title} ${path}`.toLowerCase();
  return words.every((w) => haystack.includes(w));
}
