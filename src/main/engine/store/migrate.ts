import type { Database } from 'better-sqlite3';
import type { Migration } from './migrations/migration';
import { writeTransaction } from './write-lock';

/**
 * Applies the migrations the database has not seen yet, each in its own immediate
 * transaction that re-reads what is applied: two processes opening a new file at once
 * wait for each other instead of both creating the same tables.
 */
export function migrate(db: Database, migrations: readonly Migration[]): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const appliedVersions = () =>
    new Set((db.prepare('SELECT version FROM schema_migrations').all() as Array<{ version: number }>).map((r) => r.version));
  const applied = appliedVersions();
  const newest = Math.max(0, ...applied);
  const latestKnown = Math.max(0, ...migrations.map((m) => m.version));
  if (newest > latestKnown) {
    throw new Error(
      `This database was written by a newer version of Clause Search (schema ${newest}); update the app to open it.`,
    );
  }
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const ran: number[] = [];
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    if (applied.has(migration.version)) continue;
    const didRun = writeTransaction(db, () => {
      if (appliedVersions().has(migration.version)) return false; // another process got there first
      migration.up(db);
      record.run(migration.version, migration.name, new Date().toISOString());
      return true;
    });
    if (didRun) ran.push(migration.version);
  }
  return ran;
}
