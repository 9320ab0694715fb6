import type { CellReview, GridCellSummary, GridEvent } from '../../../../shared/grid-api';

/**
 * The grid's cells and the fill that computes them. Cells are kept across fills (a
 * new fill after a column change brings the same cells back from the engine's cache),
 * and only the latest fill's events count. Pure, so the rules are tested in Node.
 */
export interface GridFillState {
  gridId: string | null;
  /** idle: nothing asked yet; filling; done; cancelled; failed (error says why). */
  status: 'idle' | 'filling' | 'done' | 'cancelled' | 'failed';
  done: number;
  total: number;
  error: string | null;
  /** Keyed by cellKey(documentId, typeId). */
  cells: ReadonlyMap<string, GridCellSummary>;
}

export type GridFillAction =
  /** The window names each fill, so events that overtake the call's reply are not lost. */
  | { type: 'start'; gridId: string }
  | { type: 'start-failed'; gridId: string; message: string }
  | GridEvent
  | { type: 'review'; documentId: number; typeId: string; review: CellReview }
  /** The engine restarted: a fill that was running is gone with it. */
  | { type: 'interrupted'; message: string }
  /** The library changed: cells of removed documents go. */
  | { type: 'keep-documents'; documentIds: ReadonlySet<number> };

export const initialGridFill: GridFillState = { gridId: null, status: 'idle', done: 0, total: 0, error: null, cells: new Map() };

export function cellKey(documentId: number, typeId: string): string {
  return `${documentId}\u0000${typeId}`;
}

export function gridFillReducer(state: GridFillState, action: GridFillAction): GridFillState {
  switch (action.type) {
    case 'start':
      return { ...state, gridId: action.gridId, status: 'filling', done: 0, total: 0, error: null };
    case 'start-failed':
      return action.gridId === state.gridId && state.status === 'filling' ? { ...state, status: 'failed', error: action.message } : state;
    case 'interrupted':
      return state.status === 'filling' ? { ...state, status: 'failed', error: action.message } : state;
    case 'review': {
      const key = cellKey(action.documentId, action.typeId);
      const cell = state.cells.get(key);
      if (!cell) return state;
      const cells = new Map(state.cells);
      cells.set(key, { ...cell, review: action.review });
      return { ...state, cells };
    }
    case 'keep-documents': {
      const cells = new Map([...state.cells].filter(([, cell]) => action.documentIds.has(cell.documentId)));
      return cells.size === state.cells.size ? state : { ...state, cells };
    }
  }
  if (action.gridId !== state.gridId) return state;
  switch (action.type) {
    case 'grid-cells': {
      const cells = new Map(state.cells);
      for (const cell of action.cells) cells.set(cellKey(cell.documentId, cell.typeId), cell);
      return { ...state, cells };
    }
    case 'grid-progress':
      return { ...state, done: action.done, total: action.total };
    case 'grid-done':
      if (action.error) return { ...state, status: 'failed', error: action.error };
      return { ...state, status: action.cancelled ? 'cancelled' : 'done', done: action.cancelled ? state.done : state.total };
  }
}

export function isFilling(state: GridFillState): boolean {
  return state.status === 'filling';
}
