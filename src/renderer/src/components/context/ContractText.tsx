import { useEffect, useMemo, useRef } from 'react';
import type { DocumentView } from '../../../../shared/app-api';
import { segmentDocument } from '../../lib/document-segments';
import { pageName } from '../../lib/page-label';
import { Highlighted } from '../search/Highlighted';

/**
 * The whole contract as text, page by page, with the chosen clause marked and scrolled
 * to the middle, so the clauses around it (definitions, carve-outs) are in view.
 */
export function ContractText({
  view,
  clauseId,
  matches,
}: {
  view: DocumentView;
  clauseId: number;
  /** Matched spans relative to the clause's own text. */
  matches: ReadonlyArray<readonly [number, number]>;
}) {
  const pages = useMemo(() => segmentDocument(view), [view]);
  const clause = view.clauses.find((c) => c.id === clauseId);
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const first = container.current?.querySelector<HTMLElement>('[data-current="true"]');
    const pieces = container.current?.querySelectorAll<HTMLElement>('[data-current="true"]');
    const scroller = container.current?.closest<HTMLElement>('.tabpanel');
    // A clause taller than the panel opens at its first line, not in its middle.
    const top = first?.getBoundingClientRect().top ?? 0;
    const last = pieces && pieces.length > 0 ? pieces[pieces.length - 1]!.getBoundingClientRect().bottom : top;
    const tall = !!scroller && last - top > scroller.clientHeight * 0.8;
    first?.scrollIntoView({ block: tall ? 'start' : 'center' });
  }, [clauseId, view]);

  return (
    <div className="contract" ref={container} data-testid="contract-text">
      {pages.map((page) => (
        <section key={page.pageNumber} className="contract-page" aria-label={pageName(page.pageNumber, page.printedLabel)}>
          <div className="contract-page-label" aria-hidden="true" data-testid="contract-page-label">
            {pageName(page.pageNumber, page.printedLabel)}
          </div>
          <p className="contract-body">
            {page.pieces.map((piece) => {
              const text = view.text.slice(piece.start, piece.end);
              if (piece.clauseId !== clauseId || !clause) return <span key={piece.start}>{text}</span>;
              return (
                <span key={piece.start} className="contract-current" data-current="true" data-testid="context-current-clause">
                  <Highlighted text={text} matches={matches} offset={piece.start - clause.charStart} />
                </span>
              );
            })}
          </p>
        </section>
      ))}
    </div>
  );
}
