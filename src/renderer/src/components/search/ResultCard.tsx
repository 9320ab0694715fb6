import { pageCitation } from '../../../../shared/page-citation';
import type { SearchResult } from '../../../../shared/api';
import { scoreLabel } from '../../lib/format';
import { resultTitle } from '../../lib/result-title';
import { snippetAround } from '../../lib/snippet';
import { Highlighted } from './Highlighted';

/** One ranked clause: number and heading, where it is, its score, the matched words, and Cite. */
export function ResultCard({
  result,
  selected,
  marked,
  onOpen,
  onToggleMark,
}: {
  result: SearchResult;
  selected: boolean;
  marked: boolean;
  onOpen: () => void;
  onToggleMark: () => void;
}) {
  const snippet = snippetAround(result.text, result.matches);
  const title = resultTitle(result);
  const checkboxId = `cite-${result.clauseId}`;
  return (
    <li className={`card${selected ? ' is-selected' : ''}`} data-testid="result-card" data-clause-id={result.clauseId}>
      <button
        type="button"
        className="card-open"
        onClick={onOpen}
        aria-current={selected ? 'true' : undefined}
        aria-label={`${result.rank}. ${title}, ${result.documentTitle}, ${pageCitation(result)}`}
        data-testid="result-open"
      >
        <span className="card-rank" aria-hidden="true">
          {result.rank}
        </span>
        <span className="card-body">
          <span className="card-title" data-testid="result-title">
            {title}
          </span>
          <span className="card-source">
            <span className="card-doc">{result.documentTitle}</span>
            <span className="card-pages">{pageCitation(result)}</span>
            <span className="card-score" title="Relevance score">
              score {scoreLabel(result.score)}
            </span>
          </span>
          <span className="card-text">
            {snippet.clippedStart && '… '}
            <Highlighted text={snippet.text} matches={result.matches} offset={snippet.offset} />
            {snippet.clippedEnd && ' …'}
          </span>
        </span>
      </button>
      <label className="card-cite" htmlFor={checkboxId}>
        <input id={checkboxId} type="checkbox" checked={marked} onChange={onToggleMark} data-testid="result-mark" />
        Cite
      </label>
    </li>
  );
}
