/**
 * The API the renderer sees as `window.clauseSearch`: exposed by the preload over IPC in
 * the app, and by a test bridge over HTTP in browser tests. Plain data only (structured
 * clone); every call is validated again in the main process (src/main/ipc.ts).
 */
import type { ClauseLinks, SimilarResponse } from './clause-links';
import type { AuditEntry, CompactResult } from './history';
import type {
  ClauseContext,
  ClauseWithDocument,
  DocumentSummary,
  ExportFormat,
  IngestFileResult,
  IngestProgress,
  ModelStatus,
  SearchMode,
  SearchResponse,
} from './api';
import type {
  CellReview,
  ClauseTypeDefinition,
  ClauseTypeEdit,
  ClauseTypeInput,
  ColumnSet,
  GridCellDetail,
  GridEvent,
  GridExportRequest,
  GridFillRequest,
  GridViewport,
  ReviewUpdate,
} from './grid-api';

export interface SearchRequest {
  query: string;
  mode?: SearchMode;
  topK?: number;
  topN?: number;
  documentIds?: number[];
  /** false: do not scope the query to a contract it names (the scope chip was removed). */
  autoScope?: boolean;
}

/** A document's text with its clauses and pages, for the "clause in context" view. */
export interface DocumentView {
  document: DocumentSummary;
  text: string;
  clauses: Array<{ id: number; number: string | null; heading: string | null; charStart: number; charEnd: number; pageStart: number; pageEnd: number }>;
  /** printedLabel: the number printed on the page ("83", "iv") where it can be trusted. */
  pages: Array<{ pageNumber: number; charStart: number; charEnd: number; printedLabel?: string | null }>;
  /** Whether the original PDF is available for page rendering. */
  hasPdf: boolean;
  /** OCR'd pages only: each word's span in `text` and its box as fractions of the page (x0, y0, x1, y1). */
  ocrWords?: Array<{ pageNumber: number; charStart: number; charEnd: number; box: [number, number, number, number] }>;
}

export interface ExportRequest {
  clauseIds: number[];
  format: ExportFormat;
  /** The query that found the clauses, recorded with the citations. */
  query?: string;
}

export interface ExportResult {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
  /** Clauses in an export of clauses: once saved, main records them and the file in the history. */
  audit?: ExportAudit;
}

/** What the history records of a saved export (issue 11). */
export interface ExportAudit {
  clauseIds: number[];
  format: ExportFormat;
  query?: string;
}

export interface AppSettings {
  topK: number;
  topN: number;
  rrfK: number;
  lexicalWeight: number;
  semanticWeight: number;
  /** Folder holding bi-encoder/ and cross-encoder/; null = lexical only. */
  modelsDir: string | null;
}

export interface AppInfo {
  databasePath: string;
  version: string;
}

/** Events pushed from the engine to the window. */
export type AppEvent =
  | { type: 'ingest-progress'; jobId: string; progress: IngestProgress }
  | { type: 'ingest-file-done'; jobId: string; result: IngestFileResult }
  | { type: 'embed-progress'; jobId: string; done: number; total: number }
  | { type: 'job-done'; jobId: string; cancelled: boolean; error: string | null }
  | { type: 'search-stage1'; requestId: number; response: SearchResponse }
  | { type: 'library-changed' }
  | { type: 'engine-restarted'; reason: string }
  | GridEvent;

/** A folder the library watches, with what the app is doing about it, in one sentence. */
export interface WatchedFolder {
  path: string;
  state: string;
}

export interface ClauseSearchApi {
  info(): Promise<AppInfo>;
  listDocuments(): Promise<DocumentSummary[]>;
  /** Starts ingesting files or folders; progress and results arrive as events for the job. */
  addPaths(paths: string[]): Promise<{ jobId: string }>;
  cancelJob(jobId: string): Promise<void>;
  removeDocument(documentId: number): Promise<boolean>;
  /** Resolves with the final list; in full mode the stage-1 list arrives first as a `search-stage1` event with the same requestId. */
  search(request: SearchRequest & { requestId: number }): Promise<SearchResponse>;
  getClauseContext(clauseId: number, radius?: number): Promise<ClauseContext>;
  /** The definitions a clause uses and the clauses it refers to. */
  getClauseLinks(clauseId: number): Promise<ClauseLinks>;
  /** Clauses of other contracts of the same kind. */
  findSimilar(clauseId: number): Promise<SimilarResponse>;
  getDocumentView(documentId: number): Promise<DocumentView>;
  /** The original PDF's bytes for pdf.js, or null for text documents. */
  getPdfBytes(documentId: number): Promise<Uint8Array | null>;
  exportClauses(request: ExportRequest): Promise<ExportResult>;
  getSettings(): Promise<AppSettings>;
  updateSettings(patch: Partial<AppSettings>): Promise<AppSettings>;
  modelStatus(): Promise<ModelStatus>;
  /** The library's history, newest first: added, replaced, removed, exported, compacted. */
  listHistory(): Promise<AuditEntry[]>;
  /** The history as a CSV file to save. */
  exportHistory(): Promise<ExportResult>;
  /** Records that an export was saved to `file` (main calls it after writing the file). */
  recordExport(record: ExportAudit & { file: string }): Promise<void>;
  /** Reclaims removed documents' space and wipes their bytes from the file (VACUUM). */
  compactLibrary(): Promise<CompactResult>;
  // ---- watched folders (issue 13) ----
  listWatchedFolders(): Promise<WatchedFolder[]>;
  /** Adds a folder the library keeps in line with the disk; it is scanned at once and watched. */
  watchFolder(folder: string): Promise<WatchedFolder[]>;
  unwatchFolder(folder: string): Promise<WatchedFolder[]>;
  // ---- the review grid (src/shared/grid-api.ts) ----
  /** Every column: the built-in clause types and the user's own, hidden ones included. */
  listClauseTypes(): Promise<ClauseTypeDefinition[]>;
  addClauseType(input: ClauseTypeInput): Promise<ClauseTypeDefinition>;
  editClauseType(typeId: string, edit: ClauseTypeEdit): Promise<ClauseTypeDefinition>;
  listColumnSets(): Promise<ColumnSet[]>;
  /** Saves (or replaces) a named set of columns. */
  saveColumnSet(name: string, typeIds: string[]): Promise<ColumnSet>;
  removeColumnSet(name: string): Promise<boolean>;
  /** Starts filling the grid; cells arrive as `grid-cells` events, then one `grid-done`. A new fill does not stop an old one: cancel it. */
  startGridFill(request: GridFillRequest): Promise<void>;
  /** The cells now on screen: a running fill computes them next. */
  setGridViewport(gridId: string, viewport: GridViewport): Promise<void>;
  cancelGridFill(gridId: string): Promise<void>;
  /** One cell with its clause and runners-up in full, for the context panel. */
  getGridCell(documentId: number, typeId: string): Promise<GridCellDetail>;
  setCellReview(update: ReviewUpdate): Promise<CellReview>;
  exportGrid(request: GridExportRequest): Promise<ExportResult>;
  /** The documents whose cell for this type is found: a search scope. */
  documentsWhereFound(typeId: string): Promise<number[]>;
  // ---- citations and titles (issue 12) ----
  /** Renames a document in the library (the file on disk keeps its name). */
  renameDocument(documentId: number, title: string): Promise<void>;
  /** The clauses marked to cite, each with the query that found it: kept in the library, so they survive a restart. */
  listCitedClauses(): Promise<Array<{ query: string; clause: ClauseWithDocument }>>;
  /** Marks a clause to cite with the query that found it, or unmarks it (null). */
  setCitedClause(clauseId: number, query: string | null): Promise<void>;
  onEvent(listener: (event: AppEvent) => void): () => void;
}
