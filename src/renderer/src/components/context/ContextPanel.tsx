import { useEffect, useState } from 'react';
import { pageCitation } from '../../../../shared/page-citation';
import type { SearchResponse, SearchResult } from '../../../../shared/api';
import { clauseTextOnPage } from '../../lib/document-segments';
import { resultTitle } from '../../lib/result-title';
import { ocrBoxesOnPage } from '../../lib/ocr-boxes';
import { useDocumentView } from '../../state/useDocumentView';
import { EmptyState } from '../common/EmptyState';
import { ContractText } from './ContractText';
import { PageNavigator } from './PageNavigator';
import { PdfPageView } from './PdfPageView';
import { WhyThisResult } from './WhyThisResult';
import { ClauseLinks } from './ClauseLinks';
import { SimilarClauses } from './SimilarClauses';

type Tab = 'contract' | 'page' | 'why';
const TABS: Array<[Tab, string]> = [
  ['contract', 'In the contract'],
  ['page', 'PDF page'],
  ['why', 'Why this result'],
];

/** The right column: the chosen clause in its contract, on its PDF page, and its ranking trace. */
export function ContextPanel({
  result,
  response,
  marked,
  onToggleMark,
}: {
  result: SearchResult | null;
  response: SearchResponse | null;
  marked: boolean;
  onToggleMark: () => void;
}) {
  const [chosenTab, setTab] = useState<Tab>('contract');
  const [page, setPage] = useState(1);
  const { view, error } = useDocumentView(result?.documentId ?? null);

  // A newly chosen clause opens on its first page.
  useEffect(() => {
    if (result) setPage(result.pageStart);
  }, [result?.clauseId]);

  if (!result) {
    return (
      <section className="context" aria-label="Clause in context">
        <EmptyState title="Select a result to read it in its contract" testId="context-empty">
          Use ↑ and ↓ to move through the results and Enter to open one.
        </EmptyState>
      </section>
    );
  }

  const clause = view?.clauses.find((c) => c.id === result.clauseId);
  // A Word or text document has no PDF page: its clause is shown in the contract text.
  const tab = chosenTab === 'page' && view !== null && !view.hasPdf ? 'contract' : chosenTab;
  return (
    <section className="context" aria-label="Clause in context" data-testid="context-panel">
      <header className="context-header">
        <div>
          <h2 className="context-title" data-testid="context-title">
            {resultTitle(result)}
          </h2>
          <p className="context-source">
            {result.documentTitle} · {pageCitation(result)}
          </p>
        </div>
        <label className="context-cite">
          <input type="checkbox" checked={marked} onChange={onToggleMark} data-testid="context-mark" />
          Cite
        </label>
      </header>
      <ClauseLinks clauseId={result.clauseId} />
      <SimilarClauses clause={result} />
      <div className="tabs" role="tablist" aria-label="Views of the clause">
        {TABS.map(([id, label]) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`tabpanel-${id}`}
            className="tab"
            onClick={() => setTab(id)}
            disabled={id === 'page' && view !== null && !view.hasPdf}
            data-testid={`tab-${id}`}
          >
            {label}
          </button>
        ))}
      </div>
      <div className="tabpanel" role="tabpanel" id={`tabpanel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {error && (
          <p className="panel-error" role="alert">
            {error}
          </p>
        )}
        {!view && !error && tab !== 'why' && <p className="panel-loading">Opening the contract…</p>}
        {view && tab === 'contract' && <ContractText view={view} clauseId={result.clauseId} matches={result.matches} />}
        {view && tab === 'page' && (
          <>
            <PageNavigator
              page={page}
              printedLabel={view.pages.find((p) => p.pageNumber === page)?.printedLabel}
              pageCount={view.document.pageCount} clausePages={[result.pageStart, result.pageEnd]} onPage={setPage} />
            <PdfPageView
              documentId={result.documentId}
              pageNumber={page}
              clauseText={clause ? clauseTextOnPage(view, clause, page) : ''}
              ocrBoxes={clause ? ocrBoxesOnPage(view, clause, page) : undefined}
            />
          </>
        )}
        {tab === 'why' && <WhyThisResult result={result} response={response} />}
      </div>
    </section>
  );
}
