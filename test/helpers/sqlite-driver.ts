/**
 * The SQLite driver package.json depends on (better-sqlite3, or its encrypting twin with
 * the same API), for tests that need a bare connection outside the engine.
 */
import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';
import { ABI_SPECIFIC_ADDONS } from '../../scripts/native-addons.mjs';

const require = createRequire(import.meta.url);
const dependencies = (require('../../package.json') as { dependencies: Record<string, string> }).dependencies;

/** Names of the SQLite drivers the app depends on, in ABI_SPECIFIC_ADDONS' order. */
export const sqliteDrivers = ABI_SPECIFIC_ADDONS.filter((name) => name in dependencies);

export function openBareDatabase(file = ':memory:'): BetterSqlite3.Database {
  const Driver = require(sqliteDrivers[0]!) as typeof BetterSqlite3;
  return new Driver(file);
}
