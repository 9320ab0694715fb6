import type { Database } from 'better-sqlite3';

/**
 * How writers share one database file (the desktop app beside the CLI, two imports at
 * once). Every write transaction starts with BEGIN IMMEDIATE: it takes the write lock
 * before it reads, so it waits (busy timeout) instead of failing when another writer
 * commits between its read and its write, which a deferred transaction cannot recover from.
 */

/** How long a writer waits for another writer's transaction before giving up (ms). */
export const BUSY_TIMEOUT_MS = 30_000;

/** Runs `fn` in one BEGIN IMMEDIATE transaction (a savepoint when already inside one). */
export function writeTransaction<T>(db: Database, fn: () => T): T {
  return db.transaction(fn).immediate();
}

/** True for SQLite's "another connection holds the lock" errors (after the busy timeout). */
export function isBusyError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}
