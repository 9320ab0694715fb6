/**
 * Native file dialogs, shown over the window that asked. Main owns them so the renderer
 * only ever learns the paths the user picked.
 */
import path from 'node:path';
import { app, BrowserWindow, dialog, type IpcMainInvokeEvent, type OpenDialogOptions } from 'electron';

function parentOf(event: IpcMainInvokeEvent): BrowserWindow | undefined {
  return BrowserWindow.fromWebContents(event.sender) ?? undefined;
}

async function showOpen(event: IpcMainInvokeEvent, options: OpenDialogOptions): Promise<string[] | null> {
  const parent = parentOf(event);
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled || result.filePaths.length === 0 ? null : result.filePaths;
}

/**
 * Contracts to add. macOS lets one dialog pick files and folders; Windows and Linux show
 * a folder-only picker when asked for both, so there the dialog picks files (folders can
 * be dropped on the window).
 */
export function chooseContracts(event: IpcMainInvokeEvent): Promise<string[] | null> {
  const both = process.platform === 'darwin';
  return showOpen(event, {
    title: 'Open Contracts',
    buttonLabel: 'Add',
    properties: both ? ['openFile', 'openDirectory', 'multiSelections'] : ['openFile', 'multiSelections'],
    filters: [{ name: 'Contracts (PDF, Word, HTML, text)', extensions: ['pdf', 'docx', 'htm', 'html', 'txt'] }],
  });
}

export async function chooseFolder(event: IpcMainInvokeEvent): Promise<string | null> {
  const picked = await showOpen(event, { title: 'Choose the Models Folder', properties: ['openDirectory'] });
  return picked?.[0] ?? null;
}

export async function chooseSavePath(event: IpcMainInvokeEvent, suggestedName: string): Promise<string | null> {
  const extension = path.extname(suggestedName).slice(1);
  const options = {
    title: 'Export Clauses',
    defaultPath: path.join(app.getPath('documents'), suggestedName),
    filters: extension ? [{ name: extension.toUpperCase(), extensions: [extension] }] : [],
  };
  const parent = parentOf(event);
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}
