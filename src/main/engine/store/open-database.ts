import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
// The same API as better-sqlite3, with SQLite3 Multiple Ciphers compiled in (encryption at rest).
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { applyKey, fileEncryptionState, LibraryKeyError } from './encryption/cipher-key';
import { sqliteVecExtensionPath } from '../native/sqlite-vec-path';
import { applyLibrarySettings } from './library-settings';
import { migrate } from './migrate';
import { migrations } from './migrations';
import { BUSY_TIMEOUT_MS } from './write-lock';

export interface OpenDatabaseOptions {
  readonly?: boolean;
  /** The passphrase of an encrypted library (a new file is created encrypted with it). */
  key?: string;
}

/**
 * Opens (creating if needed) a Clause Search database: WAL for concurrent readers,
 * foreign keys on so deletes cascade, sqlite-vec loaded, and all pending migrations applied.
 * ":memory:" gives a throwaway database (tests, evaluation).
 */
export function openDatabase(file: string, options: OpenDatabaseOptions = {}): Database {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  let db: Database;
  try {
    // The timeout applies from the first statement: setting WAL on a new file takes a lock too.
    db = new BetterSqlite3(file, { readonly: options.readonly ?? false, timeout: BUSY_TIMEOUT_MS }) as unknown as Database;
  } catch (error) {
    throw describeOpenError(file, error);
  }
  try {
    if (options.key !== undefined) {
      applyKey(db, options.key);
      // Temporary tables and sort files stay in memory, so nothing unencrypted reaches the disk.
      db.pragma('temp_store = MEMORY');
    }
    db.prepare('SELECT count(*) FROM sqlite_master').get(); // the first read is where a wrong key shows
    db.pragma('journal_mode = WAL');
  } catch (error) {
    db.close();
    throw describeOpenError(file, error, options.key !== undefined);
  }
  // Every connection needs vec0: the chunk_vectors table and the trigger that clears a
  // deleted chunk's vector cannot even be read or fired without it.
  // Loaded by path, mapped out of app.asar: SQLite's own loader cannot read inside it.
  db.loadExtension(sqliteVecExtensionPath());
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  applyLibrarySettings(db);
  if (!options.readonly) migrate(db, migrations);
  return db;
}

/** Turns SQLite's codes into a sentence a user can act on. */
function describeOpenError(file: string, error: unknown, keyGiven = false): Error {
  const code = (error as { code?: string }).code ?? '';
  if (code === 'SQLITE_NOTADB' && fileEncryptionState(file) === 'encrypted') {
    return new LibraryKeyError(
      keyGiven
        ? `The key does not open the library ${file}: it is the wrong key, or the file is damaged.`
        : `The database ${file} is damaged or is not a Clause Search database, or it is encrypted: to open an encrypted library, set CLAUSE_SEARCH_KEY or run the command in a terminal to be asked for its key.`,
    );
  }
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new Error(`The database ${file} is damaged or is not a Clause Search database; move it aside and ingest again.`);
  }
  if (code === 'SQLITE_CANTOPEN') {
    return new Error(`The database ${file} cannot be opened; check that the folder exists and is writable.`);
  }
  return error instanceof Error ? error : new Error(String(error));
}
