/** The per-file limits of an import (file-checks/ owns refusing a file before it is read). */

/** Files above this are refused unread: beyond it a PDF's parse no longer fits in bounded memory. */
export const DEFAULT_MAX_FILE_BYTES = 100 * 1024 * 1024;

export interface FileLimits {
  /** Largest file accepted, in bytes. */
  maxFileBytes: number;
}

export const DEFAULT_FILE_LIMITS: FileLimits = { maxFileBytes: DEFAULT_MAX_FILE_BYTES };

export function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : mb.toFixed(1)} MB`;
}
