/**
 * The review grid as the window sees it (issue 10): what the renderer asks the engine
 * host for and the events a fill sends back. Cells travel light (a citation and a short
 * excerpt); a cell's full clause text and runners-up are fetched when it is opened, so
 * a 1,000 × 41 grid is a few megabytes on the wire rather than hundreds.
 * Plain data only (structured clone).
 */

import type { CellReview, GridClause } from './review';

// The engine's plain-data types (src/shared/review.ts), re-exported so the window imports one module.
export type {
  CellReview,
  ClauseTypeDefinition,
  ClauseTypeEdit,
  ClauseTypeInput,
  ClauseValueKind,
  ColumnSet,
  GridClause,
  ReviewState,
  ReviewUpdate,
} from './review';

/** The clause a grid cell shows, without its full text. */
export interface GridClauseRef {
  clauseId: number;
  clauseNumber: string | null;
  heading: string | null;
  pageStart: number;
  pageEnd: number;
  /** The clause's first words, for the cell; the full text comes with getGridCell. */
  excerpt: string;
}

/** One (contract, clause type) cell as the grid draws it. */
export interface GridCellSummary {
  documentId: number;
  typeId: string;
  found: boolean;
  /** Presence confidence in [0, 1]. */
  confidence: number;
  /** The extracted value (a date, a jurisdiction, Yes/No) or null. */
  value: string | null;
  clause: GridClauseRef | null;
  review: CellReview;
}

/** A cell opened in the context panel: its best clause and runners-up in full. */
export interface GridCellDetail {
  documentId: number;
  documentTitle: string;
  typeId: string;
  typeName: string;
  /** What the engine searched for in this column. */
  request: string;
  found: boolean;
  confidence: number;
  value: string | null;
  clause: GridClause | null;
  runnersUp: GridClause[];
  review: CellReview;
}

/** Which cells are on screen: the fill computes these first. */
export interface GridViewport {
  documentIds: number[];
  typeIds: string[];
}

export interface GridFillRequest {
  /** Chosen by the window (letters, digits, dashes), so it can follow events that overtake the reply. */
  gridId: string;
  typeIds: string[];
  /** Omitted: every searchable document. */
  documentIds?: number[];
  /** Cells on screen now; filled before the rest. */
  visible?: GridViewport;
}

/** What the window exports (the engine also writes JSON, for the CLI). */
export type GridExportFormat = 'xlsx' | 'csv' | 'docx';

export interface GridExportRequest {
  typeIds: string[];
  documentIds?: number[];
  format: GridExportFormat;
}

/** Events of one grid fill, keyed by gridId (not jobId: the library's job list is for ingests). */
export type GridEvent =
  | { type: 'grid-cells'; gridId: string; cells: GridCellSummary[] }
  | { type: 'grid-progress'; gridId: string; done: number; total: number }
  | { type: 'grid-done'; gridId: string; cancelled: boolean; error: string | null };
