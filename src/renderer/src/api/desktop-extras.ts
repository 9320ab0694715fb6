import type { ExportResult } from '../../../shared/app-api';

/** Commands from the app menu that act on the window (src/main/menu.ts sends them). */
export type MenuCommand = 'open-contracts' | 'export-selected' | 'open-settings';

/**
 * Optional helpers that only the Electron preload gives (native paths, dialogs, saving,
 * the menu); the preload's DesktopBridge provides exactly these. A browser host (the
 * test bridge) leaves them out, and every caller has a plain-web fallback. Declared
 * here rather than imported from src/preload: the renderer imports only src/shared.
 */
export interface DesktopExtras {
  /** Absolute paths of dropped files or folders (Electron's webUtils.getPathForFile). */
  pathsForFiles?(files: File[]): string[];
  /** Shows the native "Open…" dialog and starts ingesting what was chosen; resolves with the job, or null when cancelled. */
  openFiles?(): Promise<{ jobId: string } | null>;
  /** Shows the native folder picker for the models folder; null when cancelled. */
  chooseModelsFolder?(): Promise<string | null>;
  /** Shows a native save dialog and writes the bytes; resolves with the saved path, or null when cancelled. */
  saveExport?(result: ExportResult): Promise<string | null>;
  /** Where main serves a document's original PDF by range; without it the bytes come through getPdfBytes. */
  pdfUrl?(documentId: number): string;
  /** Listens to app-menu commands; returns the unsubscribe. */
  onMenu?(listener: (command: MenuCommand) => void): () => void;
}
