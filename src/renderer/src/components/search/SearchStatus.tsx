import type { SearchState } from '../../state/search-state';
import { plural } from '../../lib/format';

const MODE_LABEL = { lexical: 'exact words', hybrid: 'words and meaning', full: 'words and meaning, re-ranked' } as const;

/** One line above the results: what the search is doing, or what it found and how. */
export function SearchStatus({ state }: { state: SearchState }) {
  const { status, response } = state;
  if (status === 'idle') return null;
  if (status === 'failed') {
    return (
      <p className="search-status is-error" role="alert" data-testid="search-error">
        {state.error}
      </p>
    );
  }
  let text: string;
  if (status === 'searching') text = 'Searching…';
  else if (status === 'reranking') text = `Re-ranking… showing the first ${plural(response?.results.length ?? 0, 'candidate')} meanwhile`;
  else {
    const count = response?.results.length ?? 0;
    const ms = response?.timings.totalMs;
    text = `${plural(count, 'clause')} · ${MODE_LABEL[response?.mode ?? 'lexical']}${ms !== undefined ? ` · ${Math.round(ms)} ms` : ''}`;
  }
  const busy = status === 'searching' || status === 'reranking';
  return (
    <p className={`search-status${busy ? ' is-busy' : ''}`} role="status" aria-live="polite" data-testid="search-status" data-phase={status}>
      {busy && <span className="spinner" aria-hidden="true" />}
      {text}
    </p>
  );
}
