import { describe, expect, it } from 'vitest';
import type { GridEvent } from '../../../src/shared/grid-api';
import { runGridFill, type ComputeCells } from '../../../src/main/engine-host/grid-fill';
import { GridPlan } from '../../../src/main/engine-host/grid-plan';

const summary = (documentId: number, typeId: string) => ({
  documentId,
  typeId,
  found: false,
  confidence: 0,
  value: null,
  clause: null,
  review: { state: 'unreviewed' as const, note: null, at: null, stale: false },
});

describe('a grid fill run', () => {
  it('sends progress, each batch of cells, and one grid-done', async () => {
    const events: GridEvent[] = [];
    const compute: ComputeCells = async (step) => step.documentIds.map((d) => summary(d, step.typeId));
    await runGridFill('g', new GridPlan(['a', 'b'], [1, 2, 3], 2), compute, new AbortController().signal, (e) => events.push(e), '/tmp/x.db');
    expect(events.map((e) => e.type)).toEqual(['grid-progress', 'grid-cells', 'grid-progress', 'grid-cells', 'grid-progress', 'grid-cells', 'grid-progress', 'grid-cells', 'grid-progress', 'grid-done']);
    expect(events[0]).toEqual({ type: 'grid-progress', gridId: 'g', done: 0, total: 6 });
    expect(events.at(-2)).toEqual({ type: 'grid-progress', gridId: 'g', done: 6, total: 6 });
    expect(events.at(-1)).toEqual({ type: 'grid-done', gridId: 'g', cancelled: false, error: null });
    const cells = events.flatMap((e) => (e.type === 'grid-cells' ? e.cells.map((c) => `${c.typeId}${c.documentId}`) : []));
    expect(cells.sort()).toEqual(['a1', 'a2', 'a3', 'b1', 'b2', 'b3']);
  });

  it('stops at the next batch when cancelled, and ends cancelled', async () => {
    const events: GridEvent[] = [];
    const controller = new AbortController();
    let calls = 0;
    const compute: ComputeCells = async (step) => {
      if (++calls === 2) controller.abort();
      return step.documentIds.map((d) => summary(d, step.typeId));
    };
    await runGridFill('g', new GridPlan(['a', 'b', 'c'], [1, 2], 1), compute, controller.signal, (e) => events.push(e), '/tmp/x.db');
    expect(calls).toBe(2);
    expect(events.at(-1)).toEqual({ type: 'grid-done', gridId: 'g', cancelled: true, error: null });
    expect(events.filter((e) => e.type === 'grid-cells')).toHaveLength(2);
  });

  it('ends failed with the sentence when the engine throws', async () => {
    const events: GridEvent[] = [];
    const compute: ComputeCells = async () => {
      throw new Error('There is no clause type with id "gone".');
    };
    await runGridFill('g', new GridPlan(['gone'], [1], 1), compute, new AbortController().signal, (e) => events.push(e), '/tmp/x.db');
    expect(events.at(-1)).toEqual({ type: 'grid-done', gridId: 'g', cancelled: false, error: 'There is no clause type with id "gone".' });
  });
});
