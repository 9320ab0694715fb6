/** Writes a computed grid to a file in the format asked for. */
import { writeFile } from 'node:fs/promises';
import type { GridExportFormat, GridResult } from '../../../../shared/review';
import { gridCsv } from './grid-csv';
import { gridJson } from './grid-json';

export async function renderGridExport(format: GridExportFormat, grid: GridResult): Promise<string | Uint8Array> {
  switch (format) {
    case 'csv':
      return gridCsv(grid);
    case 'json':
      return `${JSON.stringify(gridJson(grid), null, 2)}\n`;
    // Loaded when asked for: exceljs alone takes about 0.4 s to import, which every CLI command and app start would pay.
    case 'xlsx':
      return (await import('./grid-xlsx')).gridXlsx(grid);
    case 'docx':
      return (await import('./grid-docx')).gridDocx(grid);
  }
}

export async function writeGridExport(format: GridExportFormat, grid: GridResult, file: string): Promise<void> {
  await writeFile(file, await renderGridExport(format, grid));
}
