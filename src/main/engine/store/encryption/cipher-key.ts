import fs from 'node:fs';
import type { Database } from 'better-sqlite3';

/**
 * The library's encryption at rest (store/encryption/ owns it): SQLite3 Multiple Ciphers
 * in its SQLCipher 4 configuration, so a library can also be opened by SQLCipher tools
 * with the same passphrase. The key pragma must be the first statement on a connection.
 */

/** A passphrase as an SQL string literal (quotes doubled), for the key pragmas. */
function sqlString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

export function selectSqlCipher(db: Database): void {
  db.pragma("cipher = 'sqlcipher'");
  db.pragma('legacy = 4');
}

/** Gives the connection its key; nothing is read until the first statement after this. */
export function applyKey(db: Database, key: string): void {
  selectSqlCipher(db);
  db.pragma(`key = ${sqlString(key)}`);
}

/** Encrypts (or re-keys) the open database file in place; needs a rollback journal, not WAL. */
export function rekey(db: Database, key: string): void {
  selectSqlCipher(db);
  db.pragma(`rekey = ${sqlString(key)}`);
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** 'plain' (an SQLite header), 'encrypted' (bytes without one), or 'absent' (no file or empty). */
export function fileEncryptionState(file: string): 'plain' | 'encrypted' | 'absent' {
  if (file === ':memory:') return 'absent';
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return 'absent';
  }
  try {
    const head = Buffer.alloc(16);
    const read = fs.readSync(fd, head, 0, 16, 0);
    if (read === 0) return 'absent';
    return read === 16 && head.equals(SQLITE_HEADER) ? 'plain' : 'encrypted';
  } finally {
    fs.closeSync(fd);
  }
}

export class LibraryKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LibraryKeyError';
  }
}
