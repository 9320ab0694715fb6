import fs from 'node:fs';
import type { Database } from 'better-sqlite3';
import type { CompactResult } from '../../../shared/history';
import { appendAudit } from './audit-log';

export interface CompactProgress {
  step: number;
  steps: number;
  label: string;
}

/**
 * Gives back the space of removed documents and wipes their bytes from the file: the
 * FTS5 index is merged (its segments still hold removed terms until then), VACUUM
 * rewrites the database without free pages, and the WAL is checkpointed and truncated
 * so no old page survives there either. Blocks writers while it runs (they wait, see
 * write-lock.ts); searches keep reading.
 */
export function compactDatabase(db: Database, onProgress?: (progress: CompactProgress) => void): CompactResult {
  const file = db.name;
  const size = () => (file === ':memory:' ? 0 : fileSize(file) + fileSize(`${file}-wal`));
  const bytesBefore = size();
  const steps = ['Merging the search index', 'Rewriting the database (VACUUM)', 'Clearing the write-ahead log'];
  const step = (i: number) => onProgress?.({ step: i + 1, steps: steps.length, label: steps[i]! });
  step(0);
  db.prepare("INSERT INTO clauses_fts (clauses_fts) VALUES ('optimize')").run();
  step(1);
  db.exec('VACUUM');
  step(2);
  db.pragma('wal_checkpoint(TRUNCATE)');
  const result = { bytesBefore, bytesAfter: size() };
  appendAudit(db, { action: 'compacted', detail: { ...result } });
  db.pragma('wal_checkpoint(TRUNCATE)');
  return result;
}

function fileSize(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}
