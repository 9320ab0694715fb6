/**
 * The review grid's contract between the engine and its callers (CLI, engine host, renderer):
 * every contract × every clause type, with a value, a presence confidence and review state.
 * Plain data only: everything here must survive structured cloning.
 */

/** What kind of value a type's cell shows, read from its chosen clause. */
export type ClauseValueKind = 'text' | 'date' | 'duration' | 'jurisdiction' | 'yesno';

/** A column of the grid: a built-in CUAD category or one the user added. */
export interface ClauseTypeDefinition {
  /** Stable id: a slug for built-ins ("governing-law"), "custom-N" for the user's own. */
  id: string;
  name: string;
  /** One line a lawyer reads in the column picker. */
  description: string;
  /** The words the engine searches each contract for (for a user's column: their question). */
  request: string;
  valueKind: ClauseValueKind;
  builtIn: boolean;
  hidden: boolean;
}

/** What the user types to add a column, or changes when editing one. */
export interface ClauseTypeInput {
  name: string;
  /** The question or description; it is also what is searched when `request` is not given. */
  description: string;
  request?: string;
}

export interface ClauseTypeEdit {
  name?: string;
  description?: string;
  request?: string;
  hidden?: boolean;
}

/** A saved choice of columns ("M&A diligence", "NDA review"). */
export interface ColumnSet {
  name: string;
  typeIds: string[];
  updatedAt: string;
}

export type ReviewState = 'unreviewed' | 'verified' | 'flagged';

export interface CellReview {
  state: ReviewState;
  note: string | null;
  /** ISO time of the last review change; null when never reviewed. */
  at: string | null;
  /** True when the clause the reviewer looked at is no longer the cell's clause (the contract or the cell changed). */
  stale: boolean;
}

/** A clause as a grid cell cites it. */
export interface GridClause {
  clauseId: number;
  clauseNumber: string | null;
  heading: string | null;
  pageStart: number;
  pageEnd: number;
  /** Offsets into the document's text, [charStart, charEnd), for the context view's highlight. */
  charStart: number;
  charEnd: number;
  text: string;
  /** The ranking score inside its document (higher is better; comparable within one column only). */
  score: number;
}

/** One (document, clause type) cell. */
export interface GridCell {
  documentId: number;
  typeId: string;
  /** confidence ≥ the type's threshold. When false, `clause` is null. */
  found: boolean;
  /** Presence confidence in [0, 1]. */
  confidence: number;
  /** The extracted value ("New York", "2014-05-08", "30 days", "Yes"); null when none could be read. */
  value: string | null;
  review: CellReview;
  clause: GridClause | null;
  /** Up to two next-best clauses of the same document. */
  runnersUp: GridClause[];
}

export interface GridRow {
  documentId: number;
  documentTitle: string;
  documentPath: string;
  /** Keyed by type id. */
  cells: Record<string, GridCell>;
}

/** Which part of the grid to compute; omitted lists mean every visible type / every ready document. */
export interface GridRequest {
  typeIds?: string[];
  documentIds?: number[];
}

export interface GridResult {
  types: ClauseTypeDefinition[];
  rows: GridRow[];
  /** Cells read from the cache vs computed now. */
  cachedCells: number;
  computedCells: number;
  /** The retrieval used: 'lexical', or 'hybrid'/'full' when models were loaded. */
  mode: string;
}

/** Sent after each column (type) is done, and once at the start with typesDone = 0. */
export interface GridProgress {
  typesDone: number;
  typeCount: number;
  cellsDone: number;
  cellCount: number;
  /** The column just finished; null in the first event. */
  typeId: string | null;
  typeName: string | null;
  /** Cells served from the cache so far. */
  cachedCells: number;
}

export type GridExportFormat = 'xlsx' | 'csv' | 'docx' | 'json';

/** Set one cell's review state. */
export interface ReviewUpdate {
  documentId: number;
  typeId: string;
  state: ReviewState;
  note?: string | null;
}
