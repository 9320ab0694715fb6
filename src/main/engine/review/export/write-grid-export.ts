/** Writes a computed grid to a file in the format asked for. */
import { writeFile } from 'node:fs/promises';
import type { GridExportFormat, GridResult } from '../../../../shared/review';
import { gridCsv } from './grid-csv';
import { gridDocx } from './grid-docx';
import { gridJson } from './grid-json';
import { gridXlsx } from './grid-xlsx';

export async function renderGridExport(format: GridExportFormat, grid: GridResult): Promise<string | Uint8Array> {
  switch (format) {
    case 'csv':
      return gridCsv(grid);
    case 'json':
      return `${JSON.stringify(gridJson(grid), null, 2)}\n`;
    case 'xlsx':
      return gridXlsx(grid);
    case 'docx':
      return gridDocx(grid);
  }
}

export async function writeGridExport(format: GridExportFormat, grid: GridResult, file: string): Promise<void> {
  await writeFile(file, await renderGridExport(format, grid));
}
