/**
 * The grid as an Excel workbook (exceljs): sheet "Grid" has one row per contract and, per
 * type, the value or clause with its pinpoint citation and review state; sheet "Clauses"
 * has every cell's full clause text and confidence.
 */
import ExcelJS from 'exceljs';
import type { GridResult } from '../../../../shared/review';
import { cellCitation, cellSummary, reviewLabel } from './grid-citation';

export const GRID_SHEET = 'Grid';
export const CLAUSES_SHEET = 'Clauses';
/** Excel refuses a cell longer than this. */
const EXCEL_MAX_CELL = 32767;

export async function gridXlsx(grid: GridResult): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Clause Search';
  workbook.created = new Date();

  const sheet = workbook.addWorksheet(GRID_SHEET, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  sheet.addRow(['Contract', ...grid.types.map((t) => t.name)]);
  for (const row of grid.rows) {
    sheet.addRow([
      row.documentTitle,
      ...grid.types.map((t) => {
        const cell = row.cells[t.id]!;
        const lines = [cellSummary(cell)];
        if (cell.clause) lines.push(cellCitation(cell.clause));
        lines.push(`Review: ${reviewLabel(cell)}`);
        return safe(lines.join('\n'));
      }),
    ]);
  }
  sheet.getRow(1).font = { bold: true };
  sheet.getColumn(1).width = 40;
  for (let i = 2; i <= grid.types.length + 1; i++) {
    sheet.getColumn(i).width = 36;
    sheet.getColumn(i).alignment = { wrapText: true, vertical: 'top' };
  }

  const clauses = workbook.addWorksheet(CLAUSES_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  clauses.addRow(['Contract', 'Document path', 'Clause type', 'Found', 'Confidence', 'Value', 'Citation', 'Review', 'Clause text']);
  for (const row of grid.rows) {
    for (const t of grid.types) {
      const cell = row.cells[t.id]!;
      clauses.addRow([
        row.documentTitle,
        row.documentPath,
        t.name,
        cell.found ? 'Yes' : 'No',
        Number(cell.confidence.toFixed(3)),
        cell.value ?? '',
        cell.clause ? cellCitation(cell.clause) : '',
        reviewLabel(cell),
        safe(cell.clause?.text ?? ''),
      ]);
    }
  }
  clauses.getRow(1).font = { bold: true };
  clauses.getColumn(9).width = 100;
  clauses.getColumn(9).alignment = { wrapText: true, vertical: 'top' };

  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** Plain text only: a leading "=" would make Excel read a formula. */
function safe(text: string): string {
  const t = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return t.length > EXCEL_MAX_CELL ? `${t.slice(0, EXCEL_MAX_CELL - 1)}…` : t;
}
