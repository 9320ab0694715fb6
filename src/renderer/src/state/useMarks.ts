import { useCallback, useState } from 'react';
import type { SearchResult } from '../../../shared/api';
import { clauseTitle } from '../lib/format';

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

/** The marked clauses, in the order they were marked. */
export function useMarks() {
  const [marks, setMarks] = useState<Mark[]>([]);

  const toggle = useCallback((result: SearchResult, query: string) => {
    setMarks((current) =>
      current.some((m) => m.clauseId === result.clauseId)
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
              title: clauseTitle(result.clauseNumber, result.heading, result.text),
              pageStart: result.pageStart,
              pageEnd: result.pageEnd,
              printedPageStart: result.printedPageStart,
              printedPageEnd: result.printedPageEnd,
            },
          ],
    );
  }, []);

  const unmark = useCallback((clauseId: number) => setMarks((current) => current.filter((m) => m.clauseId !== clauseId)), []);
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
