import { describe, expect, it } from 'vitest';
import { GridPlan, type GridStep } from '../../../src/main/engine-host/grid-plan';

function drain(plan: GridPlan): GridStep[] {
  const steps: GridStep[] = [];
  let step: GridStep | null;
  while ((step = plan.next())) steps.push(step);
  return steps;
}

const docs = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('grid plan: the order a fill computes its cells', () => {
  it('hands out every cell exactly once, a column at a time in batches', () => {
    const plan = new GridPlan(['a', 'b'], docs(1, 5), 2);
    expect(plan.total).toBe(10);
    const steps = drain(plan);
    expect(steps).toEqual([
      { typeId: 'a', documentIds: [1, 2] },
      { typeId: 'a', documentIds: [3, 4] },
      { typeId: 'a', documentIds: [5] },
      { typeId: 'b', documentIds: [1, 2] },
      { typeId: 'b', documentIds: [3, 4] },
      { typeId: 'b', documentIds: [5] },
    ]);
    expect(plan.remaining).toBe(0);
  });

  it('computes the cells on screen first, then the rest of the columns on screen, then the others', () => {
    const plan = new GridPlan(['a', 'b', 'c'], docs(1, 10), 4);
    plan.setVisible({ typeIds: ['c', 'b'], documentIds: [7, 8] });
    const steps = drain(plan);
    // Column order is kept among the visible columns; the visible rows come first in each.
    expect(steps.slice(0, 2)).toEqual([
      { typeId: 'b', documentIds: [7, 8] },
      { typeId: 'c', documentIds: [7, 8] },
    ]);
    expect(steps[2]).toEqual({ typeId: 'b', documentIds: [1, 2, 3, 4] });
    const order = steps.map((s) => s.typeId);
    expect(order.lastIndexOf('b')).toBeLessThan(order.indexOf('a'));
    expect(order.lastIndexOf('c')).toBeLessThan(order.indexOf('a'));
    // Nothing twice, nothing left out.
    const cells = steps.flatMap((s) => s.documentIds.map((d) => `${s.typeId}${d}`));
    expect(new Set(cells).size).toBe(30);
    expect(cells).toHaveLength(30);
  });

  it('follows a scroll part-way: the new screen comes next, done cells are not repeated', () => {
    const plan = new GridPlan(['a', 'b'], docs(1, 100), 10);
    plan.setVisible({ typeIds: ['a'], documentIds: docs(1, 5) });
    expect(plan.next()).toEqual({ typeId: 'a', documentIds: docs(1, 5) });
    expect(plan.next()).toEqual({ typeId: 'a', documentIds: docs(6, 15) });
    plan.setVisible({ typeIds: ['b'], documentIds: docs(90, 100) });
    expect(plan.next()).toEqual({ typeId: 'b', documentIds: docs(90, 100) });
    // Scrolling back over computed cells asks for nothing again.
    plan.setVisible({ typeIds: ['a'], documentIds: docs(1, 15) });
    expect(plan.next()).toEqual({ typeId: 'a', documentIds: docs(16, 25) });
    expect(plan.remaining).toBe(200 - 5 - 10 - 11 - 10);
  });

  it('has nothing to do without columns or documents, and ignores repeats', () => {
    expect(new GridPlan([], docs(1, 3)).next()).toBeNull();
    expect(new GridPlan(['a'], []).next()).toBeNull();
    const plan = new GridPlan(['a', 'a'], [1, 1, 2]);
    expect(plan.total).toBe(2);
    expect(drain(plan)).toEqual([{ typeId: 'a', documentIds: [1, 2] }]);
  });
});
