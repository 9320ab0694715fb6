import fs from 'node:fs/promises';
import { constants } from 'node:fs';
import path from 'node:path';
import { IngestError } from '../../../../shared/errors';
import { refuseNonRegular } from './file-kind';
import { formatMegabytes, type FileLimits } from './file-limits';
import { checkLeadingBytes, LEADING_BYTES } from './leading-bytes';

/**
 * Reads one file for ingest with every check that can be made before its content is
 * read: it is a regular file (stat, so a pipe or device is never opened), its name is
 * of a supported type, it is within the size limit, and its first bytes match its name. Memory stays bounded by the limit.
 */
export async function readCheckedFile(file: string, limits: FileLimits, checkName: (file: string) => void): Promise<Uint8Array> {
  const stats = await fs.stat(file).catch((error: unknown) => {
    throw fileSystemError(error);
  });
  refuseNonRegular(stats);
  checkName(file);
  refuseTooLarge(stats.size, limits);
  // O_NONBLOCK: should the path be swapped for a pipe after the stat, opening it still returns at once.
  const handle = await fs.open(file, constants.O_RDONLY | constants.O_NONBLOCK).catch((error: unknown) => {
    throw fileSystemError(error);
  });
  try {
    const opened = await handle.stat();
    refuseNonRegular(opened);
    refuseTooLarge(opened.size, limits);
    const bytes = new Uint8Array(opened.size);
    const headLength = await readInto(handle, bytes, 0, Math.min(LEADING_BYTES, bytes.length));
    // An empty file is left to its reader, which says so in its own words.
    if (headLength > 0) checkLeadingBytes(path.extname(file).toLowerCase(), bytes.subarray(0, headLength));
    const length = headLength + (await readInto(handle, bytes, headLength, bytes.length - headLength));
    // A file that shrank while being read gives what was there; pdf.js refuses Node Buffers, so a plain view.
    return length === bytes.length ? bytes : bytes.subarray(0, length);
  } finally {
    await handle.close();
  }
}

async function readInto(handle: fs.FileHandle, target: Uint8Array, offset: number, length: number): Promise<number> {
  let done = 0;
  while (done < length) {
    const { bytesRead } = await handle.read(target, offset + done, length - done, offset + done);
    if (bytesRead === 0) break;
    done += bytesRead;
  }
  return done;
}

function refuseTooLarge(size: number, limits: FileLimits): void {
  if (size > limits.maxFileBytes) {
    throw new IngestError(
      'too-large',
      `This file is ${formatMegabytes(size)}, over the ${formatMegabytes(limits.maxFileBytes)} limit per file; split it, or raise the limit (Settings in the app, --max-file-mb in the command line).`,
    );
  }
}

/** File-system failures as sentences a user can act on. */
export function fileSystemError(error: unknown): IngestError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') {
    return new IngestError('not-found', 'The file was not found; it may have been moved or deleted during the import.');
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return new IngestError('unreadable', 'The file cannot be read (permission denied); check its permissions.');
  }
  if (code === 'ELOOP') return new IngestError('unreadable', 'This is a link that leads back to itself (a loop); it was not read.');
  if (code === 'EISDIR') return new IngestError('unreadable', 'This is a folder, not a file.');
  return new IngestError('unreadable', `The file cannot be read (${code ?? String(error)}).`);
}
