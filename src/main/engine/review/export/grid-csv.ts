/** The grid as CSV: one row per contract; per type its value or clause, citation, confidence and review. */
import type { GridResult } from '../../../../shared/review';
import { csvField } from '../../export/export-csv';
import { cellCitation, cellSummary, reviewLabel } from './grid-citation';

export function gridCsv(grid: GridResult): string {
  const header = ['document_title', 'document_path'];
  for (const t of grid.types) header.push(t.name, `${t.name} citation`, `${t.name} confidence`, `${t.name} review`);
  const lines = grid.rows.map((row) => {
    const fields: Array<string | number | null> = [row.documentTitle, row.documentPath];
    for (const t of grid.types) {
      const cell = row.cells[t.id]!;
      fields.push(cellSummary(cell), cell.clause ? cellCitation(cell.clause) : null, Number(cell.confidence.toFixed(3)), reviewLabel(cell));
    }
    return fields.map(csvField).join(',');
  });
  return [header.map(csvField).join(','), ...lines].join('\r\n') + '\r\n';
}
