import { useCallback, useReducer, useRef } from 'react';
import { api, errorSentence } from '../api/client';
import { initialSearchState, searchReducer } from './search-state';
import { useAppEvent } from './useAppEvent';

export interface SearchParams {
  query: string;
  documentIds?: number[];
  /** false after the user removed the automatic "in: <contract>" scope. */
  autoScope?: boolean;
}

/**
 * Runs searches; the stage-1 list arrives as an event, the final list as the reply.
 * Mode, top_k and top_n are left to the engine: it applies the saved settings and runs
 * the best mode the loaded models allow, and the response says which mode ran.
 */
export function useSearch() {
  const [state, dispatch] = useReducer(searchReducer, initialSearchState);
  const lastRequestId = useRef(0);

  useAppEvent((event) => {
    if (event.type === 'search-stage1') dispatch({ type: 'stage1', requestId: event.requestId, response: event.response });
  });

  const search = useCallback(async ({ query, documentIds, autoScope }: SearchParams) => {
    const requestId = ++lastRequestId.current;
    dispatch({ type: 'start', requestId, query });
    try {
      const response = await api().search({ query, requestId, documentIds, ...(autoScope === false ? { autoScope } : {}) });
      dispatch({ type: 'final', requestId, response });
    } catch (e) {
      // A search replaced by a newer one is aborted by the engine; only the newer one matters.
      if (e instanceof Error && e.name === 'AbortError') return;
      dispatch({ type: 'failed', requestId, message: errorSentence(e) });
    }
  }, []);

  return { state, search };
}
