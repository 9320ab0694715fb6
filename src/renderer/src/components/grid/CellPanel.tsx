import { useEffect, useState } from 'react';
import type { ClauseTypeDefinition, GridCellSummary, GridClause, ReviewState } from '../../../../shared/grid-api';
import { clauseTextOnPage } from '../../lib/document-segments';
import { clauseTitle, pagesLabel } from '../../lib/format';
import { useGridCell } from '../../state/grid/useGridCell';
import { useDocumentView } from '../../state/useDocumentView';
import { ContractText } from '../context/ContractText';
import { PageNavigator } from '../context/PageNavigator';
import { PdfPageView } from '../context/PdfPageView';
import { CellReviewBar } from './CellReviewBar';

type Tab = 'contract' | 'page' | 'why';
const TABS: Array<[Tab, string]> = [
  ['contract', 'Contract'],
  ['page', 'PDF page'],
  ['why', 'Why'],
];
const NO_MATCHES: ReadonlyArray<readonly [number, number]> = [];

/**
 * The open cell beside the grid: its value and review, then its clause inside the
 * contract, on its PDF page with the lines highlighted, and why it was chosen (the
 * confidence, what was searched, the runners-up, each of which can be shown instead).
 */
export function CellPanel({
  documentTitle,
  type,
  summary,
  noteRequest,
  onReview,
  onClose,
  onReturnFocus,
}: {
  documentTitle: string;
  type: ClauseTypeDefinition;
  summary: GridCellSummary | undefined;
  noteRequest: number;
  onReview: (state: ReviewState, note?: string | null) => Promise<string | null>;
  onClose: () => void;
  onReturnFocus: () => void;
}) {
  const documentId = summary?.documentId ?? null;
  const target = summary ? { documentId: summary.documentId, typeId: summary.typeId } : null;
  // Read again when the cell's clause changes (a refill); a review alone does not change the clause.
  const { detail, error } = useGridCell(target, summary?.clause?.clauseId ?? null);
  const { view, error: viewError } = useDocumentView(documentId);
  const [tab, setTab] = useState<Tab>('contract');
  const [shownId, setShownId] = useState<number | null>(null);
  const [page, setPage] = useState(1);

  const candidates: GridClause[] = detail ? [...(detail.clause ? [detail.clause] : []), ...detail.runnersUp] : [];
  const shown = candidates.find((c) => c.clauseId === shownId) ?? candidates[0] ?? null;

  // A newly opened cell shows its best clause on its first page.
  useEffect(() => setShownId(null), [documentId, type.id]);
  useEffect(() => {
    if (shown) setPage(shown.pageStart);
  }, [shown?.clauseId]);

  const heading = (
    <header className="context-header">
      <div>
        <h2 className="context-title" data-testid="cell-title">
          {type.name}
        </h2>
        <p className="context-source" data-testid="cell-document">
          {documentTitle}
        </p>
      </div>
      <button type="button" className="button-quiet" onClick={onClose} aria-label="Close the cell" data-testid="cell-close">
        ×
      </button>
    </header>
  );
  if (!summary) {
    return (
      <aside className="context cell-panel" aria-label="Grid cell" data-testid="cell-panel">
        {heading}
        <p className="panel-loading" data-testid="cell-pending">
          This cell has not been computed yet; it fills in shortly.
        </p>
      </aside>
    );
  }

  const clauseSpan = shown && view ? view.clauses.find((c) => c.id === shown.clauseId) : undefined;
  return (
    <aside className="context cell-panel" aria-label="Grid cell" data-testid="cell-panel" data-found={summary.found}>
      {heading}
      <div className="cell-answer">
        {summary.found ? (
          <>
            {summary.value && (
              <p className="cell-value" data-testid="cell-value">
                {summary.value}
              </p>
            )}
            {summary.clause && (
              <p className="cell-cite" data-testid="cell-cite">
                {clauseTitle(summary.clause.clauseNumber, summary.clause.heading, summary.clause.excerpt)}, {pagesLabel(summary.clause.pageStart, summary.clause.pageEnd)}
              </p>
            )}
          </>
        ) : (
          <p className="cell-value is-absent" data-testid="cell-value">
            Not found
          </p>
        )}
        <p className="cell-confidence muted">Confidence {Math.round(summary.confidence * 100)} %</p>
      </div>
      <CellReviewBar review={summary.review} noteRequest={noteRequest} onChange={onReview} onDone={onReturnFocus} />
      <div className="tabs" role="tablist" aria-label="Views of the clause">
        {TABS.map(([id, label]) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`cell-tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`cell-tabpanel-${id}`}
            className="tab"
            onClick={() => setTab(id)}
            disabled={(id === 'page' && view !== null && !view.hasPdf) || (id !== 'why' && !shown && detail !== null)}
            data-testid={`cell-tab-${id}`}
          >
            {label}
          </button>
        ))}
      </div>
      <div className="tabpanel" role="tabpanel" id={`cell-tabpanel-${tab}`} aria-labelledby={`cell-tab-${tab}`}>
        {(error || viewError) && (
          <p className="panel-error" role="alert">
            {error ?? viewError}
          </p>
        )}
        {!detail && !error && <p className="panel-loading">Opening the cell…</p>}
        {detail && !shown && tab !== 'why' && (
          <p className="panel-loading" data-testid="cell-no-clause">
            No clause of this contract is a likely {type.name} clause.
          </p>
        )}
        {detail && shown && tab === 'contract' && (view ? <ContractText view={view} clauseId={shown.clauseId} matches={NO_MATCHES} /> : <p className="panel-loading">Opening the contract…</p>)}
        {detail && shown && tab === 'page' && view && (
          <>
            <PageNavigator page={page} pageCount={view.document.pageCount} clausePages={[shown.pageStart, shown.pageEnd]} onPage={setPage} />
            <PdfPageView documentId={summary.documentId} pageNumber={page} clauseText={clauseSpan ? clauseTextOnPage(view, clauseSpan, page) : ''} />
          </>
        )}
        {detail && tab === 'why' && (
          <div className="why" data-testid="cell-why">
            <dl className="cell-why-facts">
              <div>
                <dt>Searched for</dt>
                <dd data-testid="cell-request">{detail.request}</dd>
              </div>
              <div>
                <dt>Confidence</dt>
                <dd>
                  {detail.confidence.toFixed(2)} · {detail.found ? 'found' : 'below the threshold: not found'}
                </dd>
              </div>
            </dl>
            {candidates.length > 0 && (
              <ol className="cell-candidates" aria-label="Candidate clauses">
                {candidates.map((c, i) => (
                  <li key={c.clauseId} className={c.clauseId === shown?.clauseId ? 'is-shown' : undefined} data-testid="cell-candidate">
                    <button type="button" className="button-link" onClick={() => {
                      setShownId(c.clauseId);
                      setTab('contract');
                    }}>
                      {i === 0 && detail.clause ? 'Chosen: ' : 'Runner-up: '}
                      {clauseTitle(c.clauseNumber, c.heading, c.text)}, {pagesLabel(c.pageStart, c.pageEnd)}
                    </button>
                    <span className="muted"> score {c.score.toFixed(3)}</span>
                  </li>
                ))}
              </ol>
            )}
          </div>
        )}
      </div>
    </aside>
  );
}
