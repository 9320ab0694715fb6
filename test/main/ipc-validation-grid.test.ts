import { describe, expect, it } from 'vitest';
import { IPC_LIMITS, validateEngineArgs, validateExportResult } from '../../src/main/ipc-validation';

const ok = (method: Parameters<typeof validateEngineArgs>[0], args: unknown[]) => validateEngineArgs(method, args);
const bad = (method: Parameters<typeof validateEngineArgs>[0], args: unknown) =>
  expect(() => validateEngineArgs(method, args), JSON.stringify(args)).toThrowError(expect.objectContaining({ name: 'InvalidRequestError', message: expect.stringMatching(/^[A-Za-z].*\.$/) }));

describe('IPC argument validation: the review grid', () => {
  it('lists take no arguments', () => {
    for (const method of ['listClauseTypes', 'listColumnSets'] as const) {
      expect(ok(method, [])).toEqual([]);
      bad(method, ['x']);
    }
  });

  it('column ids are slugs; grid ids letters, digits and dashes', () => {
    expect(ok('documentsWhereFound', ['governing-law'])).toEqual(['governing-law']);
    expect(ok('documentsWhereFound', ['custom-3'])).toEqual(['custom-3']);
    for (const args of [[''], ['Governing Law'], ['../x'], ['-x'], [3], ['x'.repeat(IPC_LIMITS.typeIdLength + 1)], [], ['a', 'b']]) bad('documentsWhereFound', args);
    expect(ok('cancelGridFill', ['grid-mabc12-3'])).toEqual(['grid-mabc12-3']);
    for (const args of [['grid 1'], [''], ['g/1'], [null]]) bad('cancelGridFill', args);
    expect(ok('getGridCell', [4, 'cap-on-liability'])).toEqual([4, 'cap-on-liability']);
    for (const args of [[0, 'a'], ['4', 'a'], [4], [4, 'A b']]) bad('getGridCell', args);
  });

  it('a new column needs a name and a question; an edit changes only known fields', () => {
    expect(ok('addClauseType', [{ name: 'Data breach notification', description: 'Must a party notify a breach?' }])).toEqual([
      { name: 'Data breach notification', description: 'Must a party notify a breach?' },
    ]);
    expect(ok('addClauseType', [{ name: 'X', description: 'Y', request: 'breach notify' }])[0]).toEqual({ name: 'X', description: 'Y', request: 'breach notify' });
    for (const input of [
      { name: '', description: 'q' },
      { name: '   ', description: 'q' },
      { name: 'a\nb', description: 'q' },
      { name: 'x'.repeat(IPC_LIMITS.typeNameLength + 1), description: 'q' },
      { name: 'X' },
      { name: 'X', description: ' ' },
      { name: 'X', description: 'q', hidden: true },
      { name: 'X', description: 'q'.repeat(IPC_LIMITS.typeTextLength + 1) },
      'X',
      null,
    ]) bad('addClauseType', [input]);
    expect(ok('editClauseType', ['governing-law', { hidden: true }])).toEqual(['governing-law', { hidden: true }]);
    expect(ok('editClauseType', ['custom-1', { name: 'Breach', request: 'breach' }])).toEqual(['custom-1', { name: 'Breach', request: 'breach' }]);
    for (const args of [['governing-law', { hidden: 'yes' }], ['governing-law', { id: 'x' }], ['governing-law'], [{ hidden: true }], ['governing-law', { name: '' }]]) bad('editClauseType', args);
  });

  it('column sets: a visible name and a list of column ids', () => {
    expect(ok('saveColumnSet', ['M&A diligence', ['change-of-control', 'anti-assignment']])).toEqual(['M&A diligence', ['change-of-control', 'anti-assignment']]);
    for (const args of [['', ['a']], ['NDA', []], ['NDA', ['A']], ['NDA', 'a'], ['NDA\u0007', ['a']], ['NDA']]) bad('saveColumnSet', args);
    expect(ok('removeColumnSet', ['NDA review'])).toEqual(['NDA review']);
    bad('removeColumnSet', [' ']);
  });

  it('a fill: its id, columns, optional documents and the cells on screen', () => {
    const request = { gridId: 'grid-1', typeIds: ['governing-law'], documentIds: [1, 2], visible: { documentIds: [1], typeIds: ['governing-law'] } };
    expect(ok('startGridFill', [request])).toEqual([request]);
    expect(ok('startGridFill', [{ gridId: 'grid-1', typeIds: ['a'] }])).toEqual([{ gridId: 'grid-1', typeIds: ['a'] }]);
    for (const r of [
      { typeIds: ['a'] },
      { gridId: 'grid-1', typeIds: [] },
      { gridId: 'grid-1', typeIds: ['a'], documentIds: [0] },
      { gridId: 'grid-1', typeIds: ['a'], visible: { documentIds: [1] } },
      { gridId: 'grid-1', typeIds: ['a'], visible: { documentIds: [1], typeIds: ['a'], extra: 1 } },
      { gridId: 'grid-1', typeIds: ['a'], mode: 'full' },
      { gridId: 'grid-1', typeIds: Array(IPC_LIMITS.types + 1).fill('a') },
    ]) bad('startGridFill', [r]);
    expect(ok('setGridViewport', ['grid-1', { documentIds: [3, 4], typeIds: ['a'] }])).toEqual(['grid-1', { documentIds: [3, 4], typeIds: ['a'] }]);
    for (const args of [['grid-1', { documentIds: [], typeIds: ['a'] }], ['grid-1'], ['grid-1', { documentIds: [1.5], typeIds: ['a'] }]]) bad('setGridViewport', args);
  });

  it('a review: a state from the list, an optional note (null clears it)', () => {
    expect(ok('setCellReview', [{ documentId: 1, typeId: 'a', state: 'flagged', note: 'Cap looks low' }])).toEqual([{ documentId: 1, typeId: 'a', state: 'flagged', note: 'Cap looks low' }]);
    expect(ok('setCellReview', [{ documentId: 1, typeId: 'a', state: 'verified', note: null }])[0]).toMatchObject({ note: null });
    expect(ok('setCellReview', [{ documentId: 1, typeId: 'a', state: 'unreviewed' }])[0]).not.toHaveProperty('note');
    for (const r of [
      { documentId: 1, typeId: 'a', state: 'approved' },
      { documentId: 1, typeId: 'a' },
      { documentId: 1, typeId: 'a', state: 'flagged', note: 'x'.repeat(IPC_LIMITS.noteLength + 1) },
      { documentId: 1, typeId: 'a', state: 'flagged', note: 5 },
      { documentId: 1, typeId: 'a', state: 'flagged', at: 'now' },
    ]) bad('setCellReview', [r]);
  });

  it('an export: xlsx, csv or docx of some columns; the file it makes may be saved', () => {
    expect(ok('exportGrid', [{ typeIds: ['a'], format: 'xlsx' }])).toEqual([{ typeIds: ['a'], format: 'xlsx' }]);
    for (const r of [{ typeIds: ['a'], format: 'json' }, { typeIds: [], format: 'csv' }, { format: 'csv' }, { typeIds: ['a'], format: 'csv', file: '/tmp/x' }]) bad('exportGrid', [r]);
    const xlsx = { fileName: 'review-grid-2026-12-01.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', bytes: new Uint8Array([80, 75]) };
    expect(validateExportResult(xlsx)).toEqual(xlsx);
  });
});
