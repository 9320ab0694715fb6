import { describe, expect, it } from 'vitest';
import type { GridCellSummary } from '../../src/shared/grid-api';
import { cellKey, gridFillReducer, initialGridFill, type GridFillAction, type GridFillState } from '../../src/renderer/src/state/grid/grid-fill';

function cell(documentId: number, typeId: string, found = true): GridCellSummary {
  return {
    documentId,
    typeId,
    found,
    confidence: found ? 0.9 : 0.1,
    value: null,
    clause: found ? { clauseId: documentId * 100, clauseNumber: '1', heading: 'Term', pageStart: 1, pageEnd: 1, excerpt: 'The term is…' } : null,
    review: { state: 'unreviewed', note: null, at: null, stale: false },
  };
}

const run = (actions: GridFillAction[], from: GridFillState = initialGridFill) => actions.reduce(gridFillReducer, from);

describe('grid fill state', () => {
  it('collects the cells and progress of the current fill and ends done', () => {
    const state = run([
      { type: 'start', gridId: 'g1' },
      { type: 'grid-progress', gridId: 'g1', done: 0, total: 4 },
      { type: 'grid-cells', gridId: 'g1', cells: [cell(1, 'a'), cell(2, 'a', false)] },
      { type: 'grid-progress', gridId: 'g1', done: 2, total: 4 },
    ]);
    expect(state.status).toBe('filling');
    expect([state.done, state.total]).toEqual([2, 4]);
    expect(state.cells.get(cellKey(2, 'a'))?.found).toBe(false);
    const done = gridFillReducer(state, { type: 'grid-done', gridId: 'g1', cancelled: false, error: null });
    expect(done.status).toBe('done');
    expect(done.done).toBe(4);
  });

  it('ignores the events of a fill it replaced, but keeps the cells it already had', () => {
    const first = run([{ type: 'start', gridId: 'g1' }, { type: 'grid-cells', gridId: 'g1', cells: [cell(1, 'a')] }]);
    const state = run(
      [
        { type: 'start', gridId: 'g2' },
        { type: 'grid-cells', gridId: 'g1', cells: [cell(5, 'a')] },
        { type: 'grid-done', gridId: 'g1', cancelled: true, error: null },
      ],
      first,
    );
    expect(state.gridId).toBe('g2');
    expect(state.status).toBe('filling');
    expect(state.cells.has(cellKey(1, 'a'))).toBe(true);
    expect(state.cells.has(cellKey(5, 'a'))).toBe(false);
  });

  it('says cancelled with the count reached, and failed with the sentence', () => {
    const base = run([{ type: 'start', gridId: 'g1' }, { type: 'grid-progress', gridId: 'g1', done: 3, total: 10 }]);
    const cancelled = gridFillReducer(base, { type: 'grid-done', gridId: 'g1', cancelled: true, error: null });
    expect([cancelled.status, cancelled.done]).toEqual(['cancelled', 3]);
    const failed = gridFillReducer(base, { type: 'grid-done', gridId: 'g1', cancelled: false, error: 'The library database is damaged.' });
    expect([failed.status, failed.error]).toEqual(['failed', 'The library database is damaged.']);
    const refused = gridFillReducer(base, { type: 'start-failed', gridId: 'g1', message: 'There is no clause type with id "x".' });
    expect(refused.status).toBe('failed');
    // An engine restart ends a running fill, not a finished one.
    expect(gridFillReducer(base, { type: 'interrupted', message: 'restarted' }).status).toBe('failed');
    expect(gridFillReducer(cancelled, { type: 'interrupted', message: 'restarted' }).status).toBe('cancelled');
  });

  it('applies a review to its cell at once and drops the cells of removed documents', () => {
    const state = run([{ type: 'start', gridId: 'g1' }, { type: 'grid-cells', gridId: 'g1', cells: [cell(1, 'a'), cell(2, 'a')] }]);
    const reviewed = gridFillReducer(state, { type: 'review', documentId: 1, typeId: 'a', review: { state: 'flagged', note: 'odd cap', at: '2026-12-01T20:00:00Z', stale: false } });
    expect(reviewed.cells.get(cellKey(1, 'a'))?.review).toMatchObject({ state: 'flagged', note: 'odd cap' });
    expect(reviewed.cells.get(cellKey(2, 'a'))?.review.state).toBe('unreviewed');
    // A review of a cell the grid does not hold changes nothing.
    expect(gridFillReducer(reviewed, { type: 'review', documentId: 9, typeId: 'a', review: reviewed.cells.get(cellKey(1, 'a'))!.review })).toBe(reviewed);
    const kept = gridFillReducer(reviewed, { type: 'keep-documents', documentIds: new Set([2]) });
    expect([...kept.cells.keys()]).toEqual([cellKey(2, 'a')]);
  });
});
