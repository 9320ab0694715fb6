import type { Database } from 'better-sqlite3';

/** The library's schema version ("schema 7"): which migrations built the index the offsets point into. */
export function indexVersion(db: Database): string {
  const newest = db.prepare('SELECT MAX(version) FROM schema_migrations').pluck().get() as number | null;
  return `schema ${newest ?? 0}`;
}
