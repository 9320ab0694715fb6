/**
 * What the preload puts on `window.clauseSearch`, and the IPC channel names it shares
 * with src/main/ipc.ts. Types and constants only (no Electron import), so both sides
 * and the tests read the same names. Lives in src/shared so main, preload and renderer read the same names.
 */
import type { ClauseSearchApi, ExportResult } from './app-api';

/** Engine methods travel on `clause-search:<method>`; the rest have their own channel. */
export const CHANNELS = {
  event: 'clause-search:event',
  menu: 'clause-search:menu',
  saveExport: 'clause-search:save-export',
  openFiles: 'clause-search:open-files',
  chooseModelsFolder: 'clause-search:choose-models-folder',
} as const;

export type ApiMethod = Exclude<keyof ClauseSearchApi, 'onEvent'>;

export function engineChannel(method: ApiMethod): `clause-search:${ApiMethod}` {
  return `clause-search:${method}`;
}

export const API_METHODS = [
  'info',
  'listDocuments',
  'addPaths',
  'cancelJob',
  'removeDocument',
  'search',
  'getClauseContext',
  'getClauseLinks',
  'findSimilar',
  'getDocumentView',
  'getPdfBytes',
  'exportClauses',
  'getSettings',
  'updateSettings',
  'modelStatus',
  'listHistory',
  'exportHistory',
  'recordExport',
  'compactLibrary',
  'listWatchedFolders',
  'watchFolder',
  'unwatchFolder',
  'listClauseTypes',
  'addClauseType',
  'editClauseType',
  'listColumnSets',
  'saveColumnSet',
  'removeColumnSet',
  'startGridFill',
  'setGridViewport',
  'cancelGridFill',
  'getGridCell',
  'setCellReview',
  'exportGrid',
  'documentsWhereFound',
  'renameDocument',
  'listCitedClauses',
  'setCitedClause',
] as const satisfies readonly ApiMethod[];

// Fails to compile if a ClauseSearchApi method is missing above.
type Unlisted = Exclude<ApiMethod, (typeof API_METHODS)[number]>;
const everyMethodListed: Unlisted extends never ? true : Unlisted = true;
void everyMethodListed;

/** Menu items the window acts on (the app menu in src/main/menu.ts sends them). */
export type MenuCommand = 'open-contracts' | 'export-selected' | 'open-settings';

export interface DesktopBridge extends ClauseSearchApi {
  /** Absolute paths of dropped files or folders; files without a path (dragged from a browser) are left out. */
  pathsForFiles(files: File[]): string[];
  /** Listens to menu commands; returns the unsubscribe. */
  onMenu(listener: (command: MenuCommand) => void): () => void;
  /** Asks where to save an export and writes it; the saved path, or null when the user cancelled. */
  saveExport(result: ExportResult): Promise<string | null>;
  /** The native "Open…" dialog (files and folders); starts ingesting the choice. Null when cancelled. */
  openFiles(): Promise<{ jobId: string } | null>;
  /** The native folder picker for the models folder; null when cancelled. */
  chooseModelsFolder(): Promise<string | null>;
  /** The URL main serves a document's original PDF at, by range (clause-pdf:). */
  pdfUrl(documentId: number): string;
}

/**
 * Handlers answer with this instead of throwing: Electron prefixes a thrown error's
 * message with "Error invoking remote method …" and drops its name.
 */
export type IpcReply<T = unknown> = { ok: true; value: T } | { ok: false; error: { name: string; message: string } };
