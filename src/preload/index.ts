/** Exposes the typed API of src/shared to the renderer, and nothing else. */
import { contextBridge } from 'electron';

const api = {
  /** Which app version is running; the full engine API arrives with the desktop-app issue. */
  version: (): string => '0.1.0',
};

export type ClauseSearchApi = typeof api;

contextBridge.exposeInMainWorld('clauseSearch', api);
