/**
 * The CUAD txt corpus in a file database: built once per bench run by whichever section
 * asks first (txt-ingest times it, lexical-query searches it), so the 27 MB are ingested
 * only once.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ClauseEngine } from '../../engine';
import { DATA_FILES } from '../data-paths';
import { timedIngest, type TimedIngest } from './timed-ingest';

export interface CuadCorpus {
  engine: ClauseEngine;
  dbFile: string;
  files: string[];
  bytes: number;
  ingest: TimedIngest;
}

/** The .txt names sorted by code unit (locale-independent), cut to `limit` when given. */
export function pickCorpusFiles(names: readonly string[], limit?: number): string[] {
  const txt = names.filter((n) => n.toLowerCase().endsWith('.txt')).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return limit === undefined ? txt : txt.slice(0, limit);
}

export async function ingestCuadCorpus(
  dataDir: string,
  dbFile: string,
  limit: number | undefined,
  onFile?: (done: number, total: number) => void,
): Promise<CuadCorpus> {
  const dir = path.join(dataDir, DATA_FILES.cuadTxtDir);
  const files = pickCorpusFiles(readdirSync(dir), limit).map((n) => path.join(dir, n));
  if (files.length === 0) throw new Error(`${dir} holds no .txt files; pass --data DIR (the eval-data folder).`);
  const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
  const engine = ClauseEngine.open(dbFile);
  try {
    const ingest = await timedIngest(engine, files, onFile);
    return { engine, dbFile, files, bytes, ingest };
  } catch (err) {
    engine.close();
    throw err;
  }
}
