import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { parseDelimited } from '../../../../../src/main/engine/eval/delimited';
import { gridJson } from '../../../../../src/main/engine/review/export/grid-json';
import { tempDir } from '../../../../helpers/temp-dir';
import { gridLibrary } from '../grid-fixtures';

const TYPES = ['governing-law', 'cap-on-liability'];

describe('grid exports', () => {
  it('writes an Excel workbook with the grid sheet and the clauses sheet, readable back with exceljs', async () => {
    const { engine, contracts } = await gridLibrary();
    const file = path.join(tempDir(), 'grid.xlsx');
    const grid = await engine.review.exportGrid('xlsx', file, { typeIds: TYPES });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Grid', 'Clauses']);
    const sheet = workbook.getWorksheet('Grid')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Contract', 'Governing Law', 'Cap On Liability']);
    expect(sheet.rowCount).toBe(1 + contracts.length);
    const nyRow = grid.rows.findIndex((r) => r.cells['governing-law']!.value === 'New York');
    const cell = String(sheet.getRow(2 + nyRow).getCell(2).value);
    expect(cell).toMatch(/^New York\n§ 5 \(Governing Law\), p\. 1\nReview: unreviewed$/);
    const clauses = workbook.getWorksheet('Clauses')!;
    expect(clauses.rowCount).toBe(1 + contracts.length * TYPES.length);
    const texts = clauses.getColumn(9).values.map(String);
    expect(texts.some((t) => t.includes('laws of the State of New York'))).toBe(true);
    engine.close();
  });

  it('writes CSV with value, citation, confidence and review per type', async () => {
    const { engine } = await gridLibrary();
    const file = path.join(tempDir(), 'grid.csv');
    await engine.review.exportGrid('csv', file, { typeIds: ['governing-law'] });
    const rows = parseDelimited(fs.readFileSync(file, 'utf8').replace(/\r\n/g, '\n').trimEnd());
    expect(rows[0]).toEqual(['document_title', 'document_path', 'Governing Law', 'Governing Law citation', 'Governing Law confidence', 'Governing Law review']);
    expect(rows).toHaveLength(4);
    expect(rows.map((r) => r[2])).toContain('Delaware');
    engine.close();
  });

  it('writes a Word memo with one section per type quoting each contract', async () => {
    const { engine } = await gridLibrary();
    const file = path.join(tempDir(), 'memo.docx');
    await engine.review.exportGrid('docx', file, { typeIds: TYPES });
    const xml = await (await JSZip.loadAsync(fs.readFileSync(file))).file('word/document.xml')!.async('string');
    expect(xml).toContain('Contract review memo');
    expect(xml).toContain('Cap On Liability');
    expect(xml).toContain('laws of the State of Delaware');
    engine.close();
  });

  it('keeps the JSON shape other tools read', async () => {
    const { engine } = await gridLibrary();
    const json = gridJson(await engine.review.computeGrid({ typeIds: TYPES }));
    expect(Object.keys(json)).toEqual(['types', 'rows']);
    expect(json.types).toEqual(['Governing Law', 'Cap On Liability']);
    const row = json.rows[0]!;
    expect(Object.keys(row)).toEqual(['documentId', 'documentTitle', 'documentPath', 'cells']);
    expect(Object.keys(row.cells)).toEqual(['Governing Law', 'Cap On Liability']);
    for (const cell of Object.values(row.cells)) {
      expect(Object.keys(cell)).toEqual(['found', 'confidence', 'value', 'review', 'clause', 'runnersUp']);
      if (cell.clause) expect(Object.keys(cell.clause)).toEqual(['clauseId', 'clauseNumber', 'heading', 'pageStart', 'pageEnd', 'text']);
    }
    engine.close();
  });
});
