/**
 * The grid as the CLI's `--format json` writes it. Checks outside the project read this
 * shape, so it is kept exactly: {types: [name…], rows: [{documentId, documentTitle,
 * documentPath, cells: {<type name>: {found, confidence, value, review, clause, runnersUp}}}]}.
 */
import type { CellReview, GridClause, GridResult } from '../../../../shared/review';

export interface GridJsonClause {
  clauseId: number;
  clauseNumber: string | null;
  heading: string | null;
  pageStart: number;
  pageEnd: number;
  text: string;
}

export interface GridJsonCell {
  found: boolean;
  confidence: number;
  value: string | null;
  review: CellReview;
  clause: GridJsonClause | null;
  runnersUp: GridJsonClause[];
}

export interface GridJson {
  types: string[];
  rows: Array<{ documentId: number; documentTitle: string; documentPath: string; cells: Record<string, GridJsonCell> }>;
}

export function gridJson(grid: GridResult): GridJson {
  return {
    types: grid.types.map((t) => t.name),
    rows: grid.rows.map((row) => ({
      documentId: row.documentId,
      documentTitle: row.documentTitle,
      documentPath: row.documentPath,
      cells: Object.fromEntries(
        grid.types.map((t) => {
          const cell = row.cells[t.id]!;
          return [
            t.name,
            {
              found: cell.found,
              confidence: round(cell.confidence),
              value: cell.value,
              review: cell.review,
              clause: cell.clause ? jsonClause(cell.clause) : null,
              runnersUp: cell.runnersUp.map(jsonClause),
            },
          ];
        }),
      ),
    })),
  };
}

function jsonClause(c: GridClause): GridJsonClause {
  return { clauseId: c.clauseId, clauseNumber: c.clauseNumber, heading: c.heading, pageStart: c.pageStart, pageEnd: c.pageEnd, text: c.text };
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
