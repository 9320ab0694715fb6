/**
 * Exposes the typed API of src/shared (plus the few desktop-only helpers in
 * src/shared/desktop-bridge.ts) to the sandboxed renderer as `window.clauseSearch`, and nothing
 * else: no ipcRenderer, no channel names, no Node. Every call is validated again in main.
 * Bundled as CommonJS (a sandboxed preload cannot be an ES module), so no top-level await.
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import type { AppEvent, ClauseSearchApi, ExportResult } from '../shared/app-api';
import { pdfUrl } from '../shared/pdf-url';
import { API_METHODS, CHANNELS, engineChannel, type DesktopBridge, type IpcReply, type MenuCommand } from '../shared/desktop-bridge';

async function invoke<T>(channel: string, ...args: unknown[]): Promise<T> {
  const reply = (await ipcRenderer.invoke(channel, ...args)) as IpcReply<T>;
  if (reply.ok) return reply.value;
  // contextBridge copies only an error's message to the page; the name is kept for code in this world.
  const error = new Error(reply.error.message);
  error.name = reply.error.name;
  throw error;
}

/** Subscribes to one main → renderer channel; the page gets the payload only, never the IPC event. */
function subscribe<T>(channel: string, listener: (payload: T) => void): () => void {
  const handler = (_event: IpcRendererEvent, payload: T) => listener(payload);
  ipcRenderer.on(channel, handler);
  return () => {
    ipcRenderer.removeListener(channel, handler);
  };
}

const engineMethods = Object.fromEntries(
  API_METHODS.map((method) => [method, (...args: unknown[]) => invoke(engineChannel(method), ...args)]),
) as Omit<ClauseSearchApi, 'onEvent'>;

const bridge: DesktopBridge = {
  ...engineMethods,
  onEvent: (listener: (event: AppEvent) => void) => subscribe(CHANNELS.event, listener),
  onMenu: (listener: (command: MenuCommand) => void) => subscribe(CHANNELS.menu, listener),
  pathsForFiles: (files: File[]) => files.map((file) => webUtils.getPathForFile(file)).filter((p) => p !== ''),
  saveExport: (result: ExportResult) => invoke<string | null>(CHANNELS.saveExport, result),
  openFiles: () => invoke<{ jobId: string } | null>(CHANNELS.openFiles),
  chooseModelsFolder: () => invoke<string | null>(CHANNELS.chooseModelsFolder),
  pdfUrl: (documentId: number) => pdfUrl(documentId),
};

contextBridge.exposeInMainWorld('clauseSearch', bridge);
