import fs from 'node:fs';
import type { Database } from 'better-sqlite3';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { openDatabase } from '../open-database';
import { fileEncryptionState, LibraryKeyError, rekey } from './cipher-key';

export interface EncryptProgress {
  step: number;
  steps: number;
  label: string;
}

/**
 * Turns an existing plain library into an encrypted one, safely: a copy is written
 * (VACUUM INTO), encrypted in place, opened with the key and checked (integrity and the
 * same row counts), and only then swapped in; the plain file is removed only after the
 * encrypted one has opened under its name. A failure at any step leaves the plain
 * library as it was. Nothing else may have the library open meanwhile (close the app).
 */
export function encryptLibraryFile(file: string, key: string, onProgress?: (p: EncryptProgress) => void): void {
  if (key.length === 0) throw new LibraryKeyError('The key must not be empty.');
  const state = fileEncryptionState(file);
  if (state === 'encrypted') throw new LibraryKeyError(`The library ${file} is already encrypted.`);
  const steps = ['Copying the library', 'Encrypting the copy', 'Checking the encrypted copy', 'Swapping it in'];
  const step = (i: number) => onProgress?.({ step: i + 1, steps: steps.length, label: steps[i]! });
  const copy = `${file}.encrypting`;
  const old = `${file}.plain-old`;
  removeDatabaseFiles(copy);

  step(0);
  const plain = openDatabase(file); // creates or migrates it first, so the copy has today's schema
  let expected: Record<string, number>;
  try {
    expected = rowCounts(plain);
    plain.pragma('wal_checkpoint(TRUNCATE)');
    plain.prepare('VACUUM INTO ?').run(copy);
  } finally {
    plain.close();
  }
  try {
    step(1);
    const raw = new BetterSqlite3(copy) as unknown as Database; // VACUUM INTO writes a rollback-journal file: rekey needs one
    try {
      rekey(raw, key);
    } finally {
      raw.close();
    }
    step(2);
    const check = openDatabase(copy, { key });
    try {
      if (check.pragma('integrity_check', { simple: true }) !== 'ok') throw new Error('The encrypted copy failed its integrity check.');
      const got = rowCounts(check);
      for (const [table, n] of Object.entries(expected)) {
        if (got[table] !== n) throw new Error(`The encrypted copy has ${got[table]} rows in ${table}, not ${n}.`);
      }
      check.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      check.close();
    }
  } catch (error) {
    removeDatabaseFiles(copy);
    throw error;
  }

  step(3);
  removeDatabaseFiles(old);
  fs.renameSync(file, old);
  for (const suffix of ['-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  fs.renameSync(copy, file);
  for (const suffix of ['-wal', '-shm']) fs.rmSync(copy + suffix, { force: true });
  try {
    openDatabase(file, { key }).close();
  } catch (error) {
    // Put the plain library back: the user loses nothing.
    fs.rmSync(file, { force: true });
    fs.renameSync(old, file);
    throw error;
  }
  fs.rmSync(old, { force: true });
}

function rowCounts(db: Database): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const table of ['documents', 'clauses', 'chunks', 'audit_log']) {
    counts[table] = db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  }
  return counts;
}

function removeDatabaseFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
}
