/**
 * One grid fill as the window sees it: cells in batches (what is on screen first, see
 * grid-plan.ts), a progress count after each batch, and always one grid-done at the
 * end, cancelled or failed with a sentence. Between batches the worker's event loop
 * runs, so a search, a scroll (setVisible) or a cancel is heard within one batch.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { GridCellSummary, GridEvent } from '../../shared/grid-api';
import type { GridPlan, GridStep } from './grid-plan';
import { toWireError } from './wire-error';

/** What a fill needs from the engine: one column's cells for some documents. */
export type ComputeCells = (step: GridStep, signal: AbortSignal) => Promise<GridCellSummary[]>;

export async function runGridFill(
  gridId: string,
  plan: GridPlan,
  compute: ComputeCells,
  signal: AbortSignal,
  emit: (event: GridEvent) => void,
  databasePath: string,
): Promise<void> {
  let cancelled = false;
  let error: string | null = null;
  let done = 0;
  try {
    emit({ type: 'grid-progress', gridId, done, total: plan.total });
    let step: GridStep | null;
    // Yield first: the reply to the call that started the fill goes out before any cell.
    while ((await nextTurn(), signal.throwIfAborted(), (step = plan.next()))) {
      const cells = await compute(step, signal);
      done += step.documentIds.length;
      if (cells.length > 0) emit({ type: 'grid-cells', gridId, cells });
      emit({ type: 'grid-progress', gridId, done, total: plan.total });
    }
  } catch (caught) {
    if ((caught as Error)?.name === 'AbortError') cancelled = true;
    else error = toWireError(caught, databasePath).message;
  }
  emit({ type: 'grid-done', gridId, cancelled, error });
}
