import { useCallback, useEffect, useState } from 'react';
import type { ClauseWithDocument, SearchResult } from '../../../shared/api';
import { api } from '../api/client';
import { resultTitle } from '../lib/result-title';

/** A clause the user marked to cite, with the query that found it. */
export interface Mark {
  clauseId: number;
  documentId: number;
  query: string;
  documentTitle: string;
  clauseNumber: string | null;
  heading: string | null;
  /** How the clause is named where it has no number or heading. */
  title: string;
  pageStart: number;
  pageEnd: number;
  printedPageStart?: string | null;
  printedPageEnd?: string | null;
}

/** A mark restored from the library (the clauses kept with their queries). */
function markOf(clause: ClauseWithDocument, query: string): Mark {
  return {
    clauseId: clause.id,
    documentId: clause.documentId,
    query,
    documentTitle: clause.documentTitle,
    clauseNumber: clause.number,
    heading: clause.heading,
    title: resultTitle({ clauseNumber: clause.number, heading: clause.heading, text: clause.text, clausePath: clause.path }),
    pageStart: clause.pageStart,
    pageEnd: clause.pageEnd,
    printedPageStart: clause.printedPageStart,
    printedPageEnd: clause.printedPageEnd,
  };
}

/**
 * The marked clauses, in the order they were marked. They are kept in the library with
 * the query that found each, so a reload or restart brings them back.
 */
export function useMarks() {
  const [marks, setMarks] = useState<Mark[]>([]);

  useEffect(() => {
    let live = true;
    api()
      .listCitedClauses?.()
      .then((cited) => {
        if (live) setMarks((current) => [...cited.map((c) => markOf(c.clause, c.query)).filter((m) => !current.some((x) => x.clauseId === m.clauseId)), ...current]);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  const toggle = useCallback((result: SearchResult, query: string) => {
    setMarks((current) => {
      const marked = current.some((m) => m.clauseId === result.clauseId);
      void api().setCitedClause?.(result.clauseId, marked ? null : query).catch(() => undefined);
      return marked
        ? current.filter((m) => m.clauseId !== result.clauseId)
        : [
            ...current,
            {
              clauseId: result.clauseId,
              documentId: result.documentId,
              query,
              documentTitle: result.documentTitle,
              clauseNumber: result.clauseNumber,
              heading: result.heading,
              title: resultTitle(result),
              pageStart: result.pageStart,
              pageEnd: result.pageEnd,
              printedPageStart: result.printedPageStart,
              printedPageEnd: result.printedPageEnd,
            },
          ];
    });
  }, []);

  const unmark = useCallback((clauseId: number) => {
    void api().setCitedClause?.(clauseId, null).catch(() => undefined);
    setMarks((current) => current.filter((m) => m.clauseId !== clauseId));
  }, []);
  /** A removed document's clauses can no longer be exported. */
  const forgetDocument = useCallback(
    (documentId: number) => setMarks((current) => current.filter((m) => m.documentId !== documentId)),
    [],
  );
  const isMarked = useCallback((clauseId: number) => marks.some((m) => m.clauseId === clauseId), [marks]);

  return { marks, toggle, unmark, isMarked, forgetDocument };
}

export type Marks = ReturnType<typeof useMarks>;

/** The query recorded with an export: the one query, or each distinct query in the order used. */
export function exportQuery(marks: readonly Mark[]): string | undefined {
  const queries = [...new Set(marks.map((m) => m.query).filter(Boolean))];
  return queries.length > 0 ? queries.join('; ') : undefined;
}
