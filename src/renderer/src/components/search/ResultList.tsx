import { useImperativeHandle, useRef, type KeyboardEvent, type Ref } from 'react';
import type { SearchResult } from '../../../../shared/api';
import { ResultCard } from './ResultCard';

export interface ResultListHandle {
  focusFirst(): void;
}

/**
 * The ranked clauses. ↑/↓ move between cards (↑ from the first returns to the query box),
 * Enter or a click opens a card in the context panel.
 */
export function ResultList({
  results,
  selectedId,
  stale,
  isMarked,
  onOpen,
  onToggleMark,
  onLeaveTop,
  ref,
}: {
  results: SearchResult[];
  selectedId: number | null;
  /** A stage-1 or previous list shown while a better one is coming. */
  stale: boolean;
  isMarked: (clauseId: number) => boolean;
  onOpen: (result: SearchResult) => void;
  onToggleMark: (result: SearchResult) => void;
  onLeaveTop: () => void;
  ref?: Ref<ResultListHandle>;
}) {
  const list = useRef<HTMLOListElement>(null);
  const buttons = () => [...(list.current?.querySelectorAll<HTMLButtonElement>('.card-open') ?? [])];

  useImperativeHandle(ref, () => ({ focusFirst: () => buttons()[0]?.focus() }), []);

  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const all = buttons();
    const at = all.indexOf(document.activeElement as HTMLButtonElement);
    if (at === -1) return;
    event.preventDefault();
    if (event.key === 'ArrowUp' && at === 0) onLeaveTop();
    else all[Math.max(0, Math.min(all.length - 1, at + (event.key === 'ArrowDown' ? 1 : -1)))]?.focus();
  };

  return (
    <ol ref={list} className={`results${stale ? ' is-stale' : ''}`} aria-label="Results" aria-busy={stale} onKeyDown={onKeyDown} data-testid="result-list">
      {results.map((result) => (
        <ResultCard
          key={result.clauseId}
          result={result}
          selected={result.clauseId === selectedId}
          marked={isMarked(result.clauseId)}
          onOpen={() => onOpen(result)}
          onToggleMark={() => onToggleMark(result)}
        />
      ))}
    </ol>
  );
}
