import type { SearchResponse } from '../../../shared/api';

/**
 * The search box's state machine. Only the latest request counts: a stage-1 list or a
 * final list from an older request is dropped, and a stage-1 list that arrives after
 * its own final list (events and replies travel separately) never replaces it.
 */
export interface SearchState {
  requestId: number | null;
  query: string;
  /** idle: nothing asked; searching: waiting for any list; reranking: stage-1 list shown; done; failed. */
  status: 'idle' | 'searching' | 'reranking' | 'done' | 'failed';
  response: SearchResponse | null;
  error: string | null;
}

export type SearchAction =
  | { type: 'start'; requestId: number; query: string }
  | { type: 'stage1'; requestId: number; response: SearchResponse }
  | { type: 'final'; requestId: number; response: SearchResponse }
  | { type: 'failed'; requestId: number; message: string }
  | { type: 'clear' };

export const initialSearchState: SearchState = { requestId: null, query: '', status: 'idle', response: null, error: null };

export function searchReducer(state: SearchState, action: SearchAction): SearchState {
  if (action.type === 'clear') return initialSearchState;
  if (action.type === 'start') {
    // The previous list stays on screen (dimmed) until the new one arrives.
    return { ...state, requestId: action.requestId, query: action.query, status: 'searching', error: null };
  }
  if (action.requestId !== state.requestId) return state;
  switch (action.type) {
    case 'stage1':
      if (state.status !== 'searching') return state;
      return { ...state, status: 'reranking', response: action.response };
    case 'final':
      return { ...state, status: 'done', response: action.response };
    case 'failed':
      return { ...state, status: 'failed', response: null, error: action.message };
  }
}
