/**
 * What every section gets: the options, a scratch folder removed at the end, stderr
 * progress, and the shared CUAD database (built on first use).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { QUICK_TXT_FILES } from './bench-args';
import { progressReporter, type ProgressFn } from '../progress';
import { ingestCuadCorpus, type CuadCorpus } from './cuad-corpus';

export interface BenchContext {
  dataDir: string;
  runs: number;
  quick: boolean;
  /** Scratch folder for databases; removed when the bench ends. */
  workDir: string;
  log(line: string): void;
  progress(label: string, unit: string): ProgressFn;
  cuadCorpus(): Promise<CuadCorpus>;
}

export interface ContextOptions {
  dataDir: string;
  runs: number;
  quick: boolean;
  stderr(text: string): void;
  stderrIsTTY: boolean;
}

export function createBenchContext(opts: ContextOptions): { ctx: BenchContext; dispose(): Promise<void> } {
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'clause-bench-'));
  let corpus: Promise<CuadCorpus> | undefined;
  const ctx: BenchContext = {
    dataDir: opts.dataDir,
    runs: opts.runs,
    quick: opts.quick,
    workDir,
    log: (line) => opts.stderr(`${line}\n`),
    progress: (label, unit) => progressReporter(label, opts.stderr, opts.stderrIsTTY, unit),
    cuadCorpus: () =>
      (corpus ??= ingestCuadCorpus(
        opts.dataDir,
        path.join(workDir, 'cuad.db'),
        opts.quick ? QUICK_TXT_FILES : undefined,
        ctx.progress('CUAD txt ingest', 'file'),
      )),
  };
  const dispose = async (): Promise<void> => {
    // Close before removing, so SQLite is not left writing into a deleted folder.
    await corpus?.then((c) => c.engine.close(), () => undefined);
    rmSync(workDir, { recursive: true, force: true });
  };
  return { ctx, dispose };
}
