/**
 * Which URLs the app may load and which pages may call the engine. Nothing remote is
 * ever loaded: local files, in-memory data and, during development only, the Vite dev
 * server. Pure functions, so the rules are unit-tested without Electron.
 */
import { fileURLToPath } from 'node:url';
import { PDF_SCHEME } from '../shared/pdf-url';

export interface AppOrigins {
  /** file:// URL of the built renderer's index.html. */
  rendererIndexUrl: string;
  /** ELECTRON_RENDERER_URL in development; undefined in the built app. */
  devServerUrl?: string;
}

// clause-pdf: is main's own handler for original PDFs (pdf-protocol/), never the network.
const LOCAL_SCHEMES = new Set(['file:', 'data:', 'blob:', 'devtools:', `${PDF_SCHEME}:`]);

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** The dev server over http, or its hot-reload socket over ws. */
function isDevServer(url: URL, devServerUrl: string | undefined): boolean {
  const dev = devServerUrl ? parse(devServerUrl) : null;
  return !!dev && (url.protocol === 'http:' || url.protocol === 'ws:') && url.host === dev.host && ['localhost', '127.0.0.1', '[::1]'].includes(dev.hostname);
}

/** May this request leave the renderer? Local resources yes, the network never. */
export function isAllowedRequest(url: string, origins: AppOrigins): boolean {
  const parsed = parse(url);
  return !!parsed && (LOCAL_SCHEMES.has(parsed.protocol) || isDevServer(parsed, origins.devServerUrl));
}

/** Is this frame the app's own page (the only one allowed to call over IPC)? */
export function isAppPage(url: string | undefined, origins: AppOrigins): boolean {
  const parsed = url ? parse(url) : null;
  if (!parsed) return false;
  if (isDevServer(parsed, origins.devServerUrl)) return parsed.protocol === 'http:';
  return parsed.protocol === 'file:' && sameFile(parsed, origins.rendererIndexUrl);
}

/**
 * Compared as file paths, not URL strings: Chromium and Node's pathToFileURL may escape
 * the same path differently (a folder with `%`, spaces or accents in its name).
 */
function sameFile(url: URL, otherUrl: string): boolean {
  const other = parse(otherUrl);
  if (!other || other.protocol !== 'file:') return false;
  try {
    return fileURLToPath(url) === fileURLToPath(other);
  } catch {
    return false; // a file URL naming no local path (a host, an encoded separator)
  }
}
