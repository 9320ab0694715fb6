import { describe, expect, it } from 'vitest';
import type { SearchResponse } from '../../src/shared/api';
import { initialSearchState, searchReducer, type SearchAction, type SearchState } from '../../src/renderer/src/state/search-state';

function response(query: string, phase: SearchResponse['phase']): SearchResponse {
  return { query, mode: 'full', phase, results: [], timings: {} };
}

function run(actions: SearchAction[]): SearchState {
  return actions.reduce(searchReducer, initialSearchState);
}

describe('search state: stage-1 first, final replaces it, stale replies ignored', () => {
  it('shows the stage-1 list as re-ranking, then the final list', () => {
    const stage1 = run([{ type: 'start', requestId: 1, query: 'flood' }, { type: 'stage1', requestId: 1, response: response('flood', 'stage1') }]);
    expect(stage1.status).toBe('reranking');
    expect(stage1.response?.phase).toBe('stage1');
    const done = searchReducer(stage1, { type: 'final', requestId: 1, response: response('flood', 'final') });
    expect(done.status).toBe('done');
    expect(done.response?.phase).toBe('final');
  });

  it('never lets a late stage-1 event replace its own final list', () => {
    const state = run([
      { type: 'start', requestId: 1, query: 'flood' },
      { type: 'final', requestId: 1, response: response('flood', 'final') },
      { type: 'stage1', requestId: 1, response: response('flood', 'stage1') },
    ]);
    expect(state.response?.phase).toBe('final');
    expect(state.status).toBe('done');
  });

  it('ignores lists and errors of an older request', () => {
    const state = run([
      { type: 'start', requestId: 1, query: 'flood' },
      { type: 'start', requestId: 2, query: 'fees' },
      { type: 'stage1', requestId: 1, response: response('flood', 'stage1') },
      { type: 'final', requestId: 1, response: response('flood', 'final') },
      { type: 'failed', requestId: 1, message: 'old' },
    ]);
    expect(state).toMatchObject({ requestId: 2, query: 'fees', status: 'searching', error: null });
    const done = searchReducer(state, { type: 'final', requestId: 2, response: response('fees', 'final') });
    expect(done.response?.query).toBe('fees');
  });

  it('keeps the previous list on screen while a new search runs, and drops it on failure', () => {
    const previous = run([{ type: 'start', requestId: 1, query: 'a' }, { type: 'final', requestId: 1, response: response('a', 'final') }]);
    const running = searchReducer(previous, { type: 'start', requestId: 2, query: 'b' });
    expect(running.response?.query).toBe('a');
    const failed = searchReducer(running, { type: 'failed', requestId: 2, message: 'Type at least one word to search for.' });
    expect(failed).toMatchObject({ status: 'failed', response: null, error: 'Type at least one word to search for.' });
  });
});
