/**
 * The main window's security settings, as data so a unit test can check them without
 * Electron: the renderer shows text from arbitrary PDFs, so it gets no Node, no
 * privileged preload world, a sandbox, and a Content-Security-Policy without remote origins.
 */
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import type { WindowState } from './window-state';

export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  // A file dropped outside the drop zone would otherwise replace the app with that file.
  navigateOnDragDrop: false,
  safeDialogs: true,
} as const satisfies WebPreferences;

/**
 * The policy src/renderer/index.html declares in its <meta> tag, plus what only a header
 * can say (frame-ancestors). Main also sends it as a header on dev-server responses;
 * both policies apply, so keep this no looser than the <meta> one.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // pdf.js compiles its own JPEG 2000 / JBIG2 decoders (shipped .wasm files): wasm only, never eval.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  // pdf.js reads original PDFs by range from main's clause-pdf: handler.
  "connect-src 'self' clause-pdf:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function mainWindowOptions(preloadPath: string, state: WindowState): BrowserWindowConstructorOptions {
  return {
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
    minWidth: 720,
    minHeight: 480,
    title: 'Clause Search',
    show: false, // shown on ready-to-show, so the window never flashes white
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: preloadPath },
  };
}
