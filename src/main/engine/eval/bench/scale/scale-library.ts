/**
 * The CUAD corpus copied `factor` times into one database, cached between bench runs under
 * ~/.cache/clause-search-bench (never inside the repository): distinct copies written as
 * .txt files, ingested through the engine (timed), then every chunk given a stand-in vector
 * (projected-stand-in.ts). A manifest beside the database records what was measured when
 * it was built and what it was built from, so a changed recipe or source rebuilds it. A newer
 * schema does not: opening the database migrates it.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ClauseEngine } from '../../../engine';
import { EmbeddingIndexer } from '../../../embeddings/embedding-indexer';
import { migrations } from '../../../store/migrations';
import { DATA_FILES } from '../../data-paths';
import { pickCorpusFiles } from '../cuad-corpus';
import { timedIngest } from '../timed-ingest';
import { distinctCopy } from './distinct-copy';
import { ProjectedStandIn } from './projected-stand-in';

/** Bump when the copies, the ingest or the stand-in vectors change. */
const RECIPE = 'scale-v1';
export const STAND_IN_MODEL_ID = 'stand-in/projected-bag-of-words';
export const STAND_IN_DIMENSION = 384;

export interface ScaleLibraryManifest {
  recipe: string;
  schemaVersion: number;
  factor: number;
  sourceFiles: number;
  documents: number;
  clauses: number;
  chunks: number;
  ingestMs: number;
  vectorFillMs: number;
  dbBytes: number;
  builtAt: string;
}

export interface ScaleLibrary {
  dbFile: string;
  manifest: ScaleLibraryManifest;
  /** False when this run built it. */
  cached: boolean;
}

export function defaultScaleCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.CLAUSE_SEARCH_BENCH_CACHE ?? path.join(os.homedir(), '.cache', 'clause-search-bench');
}

function schemaVersion(): number {
  return Math.max(...migrations.map((m) => m.version));
}

/** Copy n of every CUAD txt file, written once under the cache. */
function copyFiles(sourceDir: string, names: readonly string[], cacheDir: string, n: number): string[] {
  const dir = path.join(cacheDir, RECIPE, 'copies', String(n));
  const done = path.join(dir, '.complete');
  const paths = names.map((name) => path.join(dir, n === 0 ? name : `copy${n}-${name}`));
  if (existsSync(done)) return paths;
  mkdirSync(dir, { recursive: true });
  names.forEach((name, i) => writeFileSync(paths[i]!, distinctCopy(readFileSync(path.join(sourceDir, name), 'utf8'), name, n)));
  writeFileSync(done, '');
  return paths;
}

function fileBytes(file: string): number {
  return ['', '-wal'].reduce((s, suffix) => s + (existsSync(file + suffix) ? statSync(file + suffix).size : 0), 0);
}

export async function ensureScaleLibrary(
  dataDir: string,
  factor: number,
  cacheDir: string,
  log: (line: string) => void,
  onFile?: (done: number, total: number) => void,
): Promise<ScaleLibrary> {
  const sourceDir = path.join(dataDir, DATA_FILES.cuadTxtDir);
  const names = pickCorpusFiles(readdirSync(sourceDir));
  const dbFile = path.join(cacheDir, RECIPE, `cuad-x${factor}.db`);
  const manifestFile = `${dbFile}.json`;
  if (existsSync(manifestFile) && existsSync(dbFile)) {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as ScaleLibraryManifest;
    if (manifest.recipe === RECIPE && manifest.sourceFiles === names.length && manifest.factor === factor) {
      return { dbFile, manifest, cached: true };
    }
  }
  for (const suffix of ['', '-wal', '-shm', '.json']) rmSync(dbFile + suffix, { force: true });
  mkdirSync(path.dirname(dbFile), { recursive: true });
  log(`scale: writing ${factor} distinct copies of ${names.length} CUAD contracts under ${path.join(cacheDir, RECIPE)}`);
  const files = Array.from({ length: factor }, (_, n) => copyFiles(sourceDir, names, cacheDir, n)).flat();
  const engine = ClauseEngine.open(dbFile);
  try {
    const ingest = await timedIngest(engine, files, onFile);
    const failed = ingest.files.filter((f) => f.outcome === 'failed');
    if (failed.length > 0) throw new Error(`Could not ingest ${failed[0]!.path}: ${failed[0]!.error}`);
    log(`scale ×${factor}: ingested in ${(ingest.totalMs / 1000).toFixed(1)} s; filling stand-in vectors`);
    const fillStarted = performance.now();
    const standIn = new ProjectedStandIn(STAND_IN_DIMENSION);
    await new EmbeddingIndexer(engine.db, standIn.model(STAND_IN_MODEL_ID), { batchSize: 512 }).run();
    const vectorFillMs = performance.now() - fillStarted;
    engine.db.pragma('wal_checkpoint(TRUNCATE)');
    const count = (sql: string) => (engine.db.prepare(sql).pluck().get() as number);
    const manifest: ScaleLibraryManifest = {
      recipe: RECIPE,
      schemaVersion: schemaVersion(),
      factor,
      sourceFiles: names.length,
      documents: count('SELECT COUNT(*) FROM documents'),
      clauses: count('SELECT COUNT(*) FROM clauses'),
      chunks: count('SELECT COUNT(*) FROM chunks'),
      ingestMs: ingest.totalMs,
      vectorFillMs,
      dbBytes: fileBytes(dbFile),
      builtAt: new Date().toISOString(),
    };
    writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
    return { dbFile, manifest, cached: false };
  } finally {
    engine.close();
  }
}
