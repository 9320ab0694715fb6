import type { Stats } from 'node:fs';
import { IngestError } from '../../../../shared/errors';

/** A file-system entry that is not a regular file, named the way a user would say it. */
export function nonRegularKind(stats: Stats): string | null {
  if (stats.isFile()) return null;
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/** Refuses pipes, devices, sockets and folders: reading them can hang or never end. */
export function refuseNonRegular(stats: Stats): void {
  const kind = nonRegularKind(stats);
  if (kind === null) return;
  const what = kind === 'not a regular file' ? 'This is not a regular file' : `This is ${kind}, not a document file`;
  throw new IngestError('not-a-regular-file', `${what}; it was not read.`);
}
