import { useCallback, useReducer, useRef } from 'react';
import type { GridViewport, ReviewUpdate } from '../../../../shared/grid-api';
import { api, errorSentence } from '../../api/client';
import { useAppEvent } from '../useAppEvent';
import { gridFillReducer, initialGridFill, isFilling } from './grid-fill';

let fillCounter = 0;
function newGridId(): string {
  fillCounter += 1;
  return `grid-${Date.now().toString(36)}-${fillCounter}`;
}

/**
 * Fills the grid through the engine: one fill at a time (a new one replaces the old),
 * cells arriving as events, the visible cells reported so they come first, cancel, and
 * review changes written through and applied to the cell at once.
 */
export function useGridFill() {
  const [state, dispatch] = useReducer(gridFillReducer, initialGridFill);
  const current = useRef<string | null>(null);
  const viewport = useRef<GridViewport | null>(null);
  const filling = isFilling(state);

  useAppEvent((event) => {
    switch (event.type) {
      case 'grid-cells':
      case 'grid-progress':
      case 'grid-done':
        dispatch(event);
        break;
      case 'engine-restarted':
        dispatch({ type: 'interrupted', message: 'The search engine restarted while the grid was filling; fill it again to finish.' });
        break;
    }
  });

  const start = useCallback(async (typeIds: string[], documentIds: number[]) => {
    const previous = current.current;
    const gridId = newGridId();
    current.current = gridId;
    dispatch({ type: 'start', gridId });
    try {
      if (previous) await api().cancelGridFill(previous).catch(() => undefined);
      const visible = viewport.current ?? undefined;
      await api().startGridFill({ gridId, typeIds, documentIds, ...(visible ? { visible } : {}) });
    } catch (e) {
      dispatch({ type: 'start-failed', gridId, message: errorSentence(e) });
    }
  }, []);

  const cancel = useCallback(async () => {
    if (current.current) await api().cancelGridFill(current.current).catch(() => undefined);
  }, []);

  /** Called when the scroll settles; a running fill moves what is on screen to the front. */
  const setViewport = useCallback(
    (next: GridViewport) => {
      viewport.current = next;
      if (filling && current.current && next.documentIds.length > 0 && next.typeIds.length > 0) {
        void api().setGridViewport(current.current, next).catch(() => undefined);
      }
    },
    [filling],
  );

  const review = useCallback(async (update: ReviewUpdate): Promise<string | null> => {
    try {
      const saved = await api().setCellReview(update);
      dispatch({ type: 'review', documentId: update.documentId, typeId: update.typeId, review: saved });
      return null;
    } catch (e) {
      return errorSentence(e);
    }
  }, []);

  const keepDocuments = useCallback((documentIds: ReadonlySet<number>) => dispatch({ type: 'keep-documents', documentIds }), []);

  return { state, filling, start, cancel, setViewport, review, keepDocuments };
}

export type GridFill = ReturnType<typeof useGridFill>;
