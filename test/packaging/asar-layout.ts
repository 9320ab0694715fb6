/**
 * Reads a packaged app's asar and rebuilds, for plain Node, the file system Electron shows
 * the app: `resources/app.asar/` becomes a real folder holding every file of the archive,
 * beside the real `app.asar.unpacked/`. Electron redirects fs reads of unpacked files and
 * process.dlopen of unpacked addons to app.asar.unpacked, but nothing else; so here an
 * unpacked native library is a non-loadable placeholder inside the folder, and a --require
 * preload (electronDlopenShim) does what Electron does for process.dlopen. Code that hands
 * an unmapped path to some other loader (SQLite's loadExtension) fails exactly as it would
 * in the installed app.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as asar from '@electron/asar';

type HeaderNode = { files: Record<string, HeaderNode> } | { size: number; unpacked?: boolean; link?: undefined } | { link: string };

export interface AsarEntry {
  /** Path inside the archive, with forward slashes and no leading slash. */
  path: string;
  unpacked: boolean;
  size: number;
}

/** Every file (not folder, not link) in the archive, with whether it was unpacked. */
export function asarFiles(archive: string): AsarEntry[] {
  const entries: AsarEntry[] = [];
  const walk = (node: HeaderNode, prefix: string) => {
    if ('files' in node) {
      for (const [name, child] of Object.entries(node.files)) walk(child, prefix ? `${prefix}/${name}` : name);
    } else if (!('link' in node && node.link)) {
      const file = node as { size: number; unpacked?: boolean };
      entries.push({ path: prefix, unpacked: file.unpacked === true, size: file.size });
    }
  };
  walk(asar.getRawHeader(archive).header as HeaderNode, '');
  return entries;
}

/** Files the OS's own loader opens (Node addons and shared libraries). */
export function isNativeLibrary(file: string): boolean {
  return /\.(node|so|dylib|dll)$/i.test(file) || /\.so\.\d+(\.\d+)*$/.test(file);
}

export const NATIVE_PLACEHOLDER = 'placeholder: Electron serves this file from app.asar.unpacked\n';

/** Rebuilds `resources/app.asar` as a folder (see the file comment); returns its path. */
export function mirrorAsar(resourcesDir: string, into: string): string {
  const archive = path.join(resourcesDir, 'app.asar');
  const mirrorResources = path.join(into, 'resources');
  const folder = path.join(mirrorResources, 'app.asar');
  asar.extractAll(archive, folder);
  for (const entry of asarFiles(archive)) {
    if (entry.unpacked && isNativeLibrary(entry.path)) fs.writeFileSync(path.join(folder, entry.path), NATIVE_PLACEHOLDER);
  }
  fs.symlinkSync(path.join(resourcesDir, 'app.asar.unpacked'), path.join(mirrorResources, 'app.asar.unpacked'), 'dir');
  return folder;
}

/** A preload that sends process.dlopen of an archive path to app.asar.unpacked, as Electron does. */
export function writeElectronDlopenShim(file: string): void {
  fs.writeFileSync(
    file,
    [
      '// Stand-in for Electron: addons inside app.asar are opened from app.asar.unpacked.',
      'const dlopen = process.dlopen;',
      "process.dlopen = function (module, filename, ...rest) {",
      "  return dlopen.call(this, module, String(filename).replace(/([\\\\/])app\\.asar(?=[\\\\/])/, '$1app.asar.unpacked'), ...rest);",
      '};',
      '',
    ].join('\n'),
  );
}
