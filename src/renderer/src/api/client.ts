import type { ClauseSearchApi } from '../../../shared/app-api';
import type { DesktopExtras } from './desktop-extras';

export type RendererApi = ClauseSearchApi & DesktopExtras;

/**
 * The API the host put on the window: the preload in the app, the HTTP bridge in
 * browser tests. Read through a cast rather than a global declaration so the preload
 * can declare its own `Window` type without clashing with this one.
 */
export function api(): RendererApi {
  const value = (window as unknown as { clauseSearch?: RendererApi }).clauseSearch;
  if (!value) throw new Error('The search engine is not connected to this window; restart Clause Search.');
  return value;
}

/**
 * One sentence for the user from anything thrown. Electron's IPC prefixes remote
 * errors with "Error invoking remote method 'x': Error: ", which is noise to a lawyer.
 */
export function errorSentence(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  return raw.replace(/^Error invoking remote method '[^']*': (?:[A-Za-z]*Error: )?/, '').trim() || 'Something went wrong.';
}
