/**
 * A stand-in for Electron's distribution folder, so electron-builder can lay out a real
 * package (asar, unpacked files, resources) without the Electron binary, which cannot be
 * fetched here. electron-builder copies the folder and renames `electron` to the app's
 * executable; the placeholder only says what it is when run.
 */
import fs from 'node:fs';
import path from 'node:path';

export function writeStandInElectron(dir: string, electronVersion: string): void {
  fs.mkdirSync(path.join(dir, 'resources'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'locales'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'electron'), '#!/bin/sh\necho "stand-in for Electron: not a real binary" >&2\nexit 1\n', { mode: 0o755 });
  fs.writeFileSync(path.join(dir, 'version'), `${electronVersion}\n`);
  fs.writeFileSync(path.join(dir, 'locales', 'en-US.pak'), '');
  fs.writeFileSync(path.join(dir, 'LICENSE'), 'stand-in\n');
}
