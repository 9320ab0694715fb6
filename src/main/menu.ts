/**
 * The application menu. Commands that act on what the window shows (open, export the
 * selection, settings) are sent to the window, which owns that state; standard items
 * use Electron roles so copy/paste and Quit behave as each platform expects.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/desktop-bridge';

export function appMenuTemplate(send: (command: MenuCommand) => void, platform: NodeJS.Platform, development: boolean): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const settings: MenuItemConstructorOptions = { label: mac ? 'Settings…' : 'Settings', accelerator: 'CmdOrCtrl+,', click: () => send('open-settings') };
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      { label: 'Open Contracts…', accelerator: 'CmdOrCtrl+O', click: () => send('open-contracts') },
      { label: 'Export Selected…', accelerator: 'CmdOrCtrl+E', click: () => send('export-selected') },
      ...(mac ? [] : [{ type: 'separator' } as const, settings, { type: 'separator' } as const, { role: 'quit' } as const]),
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      ...(development ? [{ role: 'reload' } as const, { role: 'toggleDevTools' } as const, { type: 'separator' } as const] : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  const appMenu: MenuItemConstructorOptions = {
    label: 'Clause Search',
    submenu: [{ role: 'about' }, { type: 'separator' }, settings, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }],
  };
  return [...(mac ? [appMenu] : []), file, { role: 'editMenu' }, view, { role: 'windowMenu' }];
}
