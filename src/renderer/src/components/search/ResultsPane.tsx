import type { ReactNode, Ref } from 'react';
import type { SearchResult } from '../../../../shared/api';
import type { SearchState } from '../../state/search-state';
import { EmptyState } from '../common/EmptyState';
import { ResultList, type ResultListHandle } from './ResultList';
import { ScopeChip } from './ScopeChip';
import { SearchStatus } from './SearchStatus';

const EXAMPLES = ['what happens if there is a flood?', 'cap on liability tied to fees paid', '"Section 4.2"'];

/** The middle column: the search's state and its ranked clauses, or what to do first. */
export function ResultsPane({
  state,
  documentCount,
  selectedId,
  isMarked,
  onOpen,
  onToggleMark,
  onExample,
  onLeaveTop,
  onRemoveScope,
  listRef,
  notice,
}: {
  /** A note shown above the results (e.g. what lexical search cannot do). */
  notice?: ReactNode;
  state: SearchState;
  /** Searchable documents; null while the library loads. */
  documentCount: number | null;
  selectedId: number | null;
  isMarked: (clauseId: number) => boolean;
  onOpen: (result: SearchResult) => void;
  onToggleMark: (result: SearchResult) => void;
  onExample: (query: string) => void;
  onLeaveTop: () => void;
  /** Re-runs the search without the automatic contract scope. */
  onRemoveScope?: () => void;
  listRef: Ref<ResultListHandle>;
}) {
  const results = state.response?.results ?? [];
  let empty = null;
  if (documentCount === 0 && state.status === 'idle') {
    empty = (
      <EmptyState title="Drop contracts here or click Open…" testId="results-empty">
        Add PDF or text contracts, then ask a question in plain words.
      </EmptyState>
    );
  } else if (state.status === 'idle') {
    empty = (
      <EmptyState title="Ask a question about your contracts" testId="results-idle">
        <p>Plain questions work, and so do defined terms and section numbers; put “quotes” around words that must appear together. Try:</p>
        <ul className="examples">
          {EXAMPLES.map((example) => (
            <li key={example}>
              <button type="button" className="button-link" onClick={() => onExample(example)}>
                {example}
              </button>
            </li>
          ))}
        </ul>
      </EmptyState>
    );
  } else if (state.status === 'done' && results.length === 0) {
    empty = (
      <EmptyState title={`No clause matches “${state.query}”`} testId="results-none">
        Try other or fewer words, or search all documents.
      </EmptyState>
    );
  }
  return (
    <main className="results-pane" aria-label="Search results" data-testid="results-pane">
      <SearchStatus state={state} />
      {state.response?.scope && onRemoveScope && <ScopeChip scope={state.response.scope} onRemove={onRemoveScope} />}
      {notice}
      {empty}
      {results.length > 0 && (
        <ResultList
          ref={listRef}
          results={results}
          selectedId={selectedId}
          stale={state.status === 'searching' || state.status === 'reranking'}
          isMarked={isMarked}
          onOpen={onOpen}
          onToggleMark={onToggleMark}
          onLeaveTop={onLeaveTop}
        />
      )}
    </main>
  );
}
