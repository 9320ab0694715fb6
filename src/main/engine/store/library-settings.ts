// SQLite connection settings for large libraries, chosen by the scale bench (npm run bench -- --scale).
import type { Database } from 'better-sqlite3';

/**
 * Page cache and memory-mapped reads. The defaults (2 MB cache, no mmap) make every search
 * of a 2 GB library re-read FTS5 doclist pages through read(); a 64 MB cache holds the hot
 * doclists, and mmap lets the OS page cache serve the rest without copies. mmap is a ceiling,
 * not an allocation: a small library maps only its own size.
 */
export const LIBRARY_SETTINGS = {
  cache_size: -65536, // KiB when negative: 64 MiB
  mmap_size: 1073741824, // 1 GiB
} as const;

export function applyLibrarySettings(db: Database): void {
  for (const [name, value] of Object.entries(LIBRARY_SETTINGS)) db.pragma(`${name} = ${value}`);
}
