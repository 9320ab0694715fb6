import { memo, type CSSProperties } from 'react';
import type { GridCellSummary } from '../../../../shared/grid-api';
import { clauseTitle, pagesLabel } from '../../lib/format';

const REVIEW_MARK = { verified: '✓', flagged: '⚑' } as const;
const REVIEW_LABEL = { unreviewed: 'not reviewed', verified: 'verified', flagged: 'flagged' } as const;

/**
 * One cell: the value or the clause's citation and first words, how sure the engine is,
 * and the review mark; "Not found" below the threshold; a placeholder until computed.
 * Memoised: a batch of new cells re-renders only the cells that changed.
 */
export const GridCellView = memo(function GridCellView({
  id,
  colIndex,
  typeId,
  cell,
  active,
  style,
  onOpen,
}: {
  id: string;
  colIndex: number;
  typeId: string;
  cell: GridCellSummary | undefined;
  active: boolean;
  style: CSSProperties;
  /** A click selects the cell and opens it beside the grid. */
  onOpen: () => void;
}) {
  const state = !cell ? 'pending' : cell.found ? 'found' : 'absent';
  const review = cell?.review.state ?? 'unreviewed';
  const label = !cell ? 'not computed yet' : cell.found ? `${cell.value ?? citation(cell)}, ${REVIEW_LABEL[review]}` : `not found, ${REVIEW_LABEL[review]}`;
  return (
    <div
      id={id}
      className={`grid-cell is-${state}${active ? ' is-active' : ''}${review !== 'unreviewed' ? ` is-${review}` : ''}`}
      role="gridcell"
      aria-colindex={colIndex}
      aria-selected={active}
      aria-label={label}
      style={style}
      onClick={onOpen}
      data-testid="grid-cell"
      data-type-id={typeId}
      data-state={state}
      data-review={review}
    >
      {!cell && <span className="grid-cell-pending" aria-hidden="true" />}
      {cell && !cell.found && <span className="grid-cell-absent">Not found</span>}
      {cell?.found && cell.clause && (
        <>
          {cell.value && (
            <span className="grid-cell-value" data-testid="grid-cell-value">
              {cell.value}
            </span>
          )}
          <span className="grid-cell-cite" data-testid="grid-cell-cite">
            {citation(cell)}
          </span>
          {!cell.value && (cell.clause.clauseNumber || cell.clause.heading) && <span className="grid-cell-excerpt">{cell.clause.excerpt}</span>}
        </>
      )}
      {cell && (
        <span className="grid-cell-meta">
          <span className="grid-confidence" title={`Confidence ${Math.round(cell.confidence * 100)} %`}>
            <span className="grid-confidence-fill" style={{ width: `${Math.round(cell.confidence * 100)}%` }} />
          </span>
          {review !== 'unreviewed' && (
            <span className={`grid-review-mark is-${review}`} data-testid="grid-review-mark">
              {REVIEW_MARK[review]}
            </span>
          )}
          {cell.review.note && <span className="grid-note-mark" title={cell.review.note} aria-hidden="true">✎</span>}
          {cell.review.stale && (
            <span className="grid-stale-mark" title="The contract changed after this cell was reviewed" data-testid="grid-stale">
              changed
            </span>
          )}
        </span>
      )}
    </div>
  );
});

/** "§ 5.3 Governing Law · p. 3"; a paragraph with neither number nor heading (a preamble) is cited by page and its first words. */
function citation(cell: GridCellSummary): string {
  const clause = cell.clause;
  if (!clause) return '';
  const pages = pagesLabel(clause.pageStart, clause.pageEnd);
  if (!clause.clauseNumber && !clause.heading) return `${pages} · ${clause.excerpt}`;
  return `${clauseTitle(clause.clauseNumber, clause.heading)} · ${pages}`;
}
