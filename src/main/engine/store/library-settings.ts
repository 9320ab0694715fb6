// SQLite connection settings for large libraries, chosen by the scale bench (npm run bench -- --scale).
import type { Database } from 'better-sqlite3';

/**
 * The page cache. SQLite's default (2 MB) makes every search of a 2 GB library re-read FTS5
 * doclist pages through read(); the scale bench at 10× (lexical top 100, 40 queries, variants
 * interleaved) measured p50 199 / p95 906 ms with the defaults, 218 / 719 ms with a 64 MiB
 * cache and 222 / 759 ms with 64 MiB plus a 1 GiB mmap: the cache helps the slow queries, mmap
 * added nothing measurable (the OS page cache already holds the file) and is left off.
 */
export const LIBRARY_SETTINGS = {
  cache_size: -65536, // KiB when negative: 64 MiB
} as const;

export function applyLibrarySettings(db: Database): void {
  for (const [name, value] of Object.entries(LIBRARY_SETTINGS)) db.pragma(`${name} = ${value}`);
}
