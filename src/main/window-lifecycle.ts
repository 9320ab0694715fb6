/**
 * The main window's lifecycle rules, over the few BrowserWindow / WebContents members they
 * use, so tests check them with plain objects instead of Electron.
 */
import type { IpcMainInvokeEvent } from 'electron';
import { isAppPage, type AppOrigins } from './url-policy';

export interface ShowableWindow {
  once(event: 'ready-to-show', listener: () => void): unknown;
  maximize(): void;
  show(): void;
}

/**
 * Shows the window once its first frame is painted, maximized then if it was last time:
 * maximize() on a hidden window shows it at once, white, before the page has drawn.
 */
export function showWhenReady(window: ShowableWindow, maximized: boolean): void {
  window.once('ready-to-show', () => {
    if (maximized) window.maximize();
    window.show();
  });
}

export interface FocusableWindow {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  focus(): void;
}

/** A second launch brings the window forward, or opens one when none is open (macOS keeps running windowless). */
export function onSecondInstance<W extends FocusableWindow>(current: W | null, createWindow: () => W): W {
  if (!current || current.isDestroyed()) return createWindow();
  if (current.isMinimized()) current.restore();
  current.focus();
  return current;
}

export interface SenderWindow {
  isDestroyed(): boolean;
  webContents: unknown;
}

/** Only the main window's own page may call: the same WebContents, its top frame, showing the app's page. */
export function isTrustedSender(
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  window: SenderWindow | null,
  origins: AppOrigins,
): boolean {
  if (!window || window.isDestroyed() || event.sender !== window.webContents) return false;
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  return isAppPage(frame.url, origins);
}
