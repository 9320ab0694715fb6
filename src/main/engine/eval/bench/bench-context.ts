/**
 * What every section gets: the options, a scratch folder removed at the end, stderr
 * progress, and what several sections share, each made on first use: the CUAD database,
 * the models and the machine's measured GEMM peak.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { QUICK_TXT_FILES } from './bench-args';
import { progressReporter, type ProgressFn } from '../progress';
import type { BenchModels } from './bench-models';
import { benchScale, type BenchScale } from './bench-scale';
import { ingestCuadCorpus, type CuadCorpus } from './cuad-corpus';
import type { MachinePeak } from './machine-peak';

export interface BenchContext {
  dataDir: string;
  runs: number;
  quick: boolean;
  /** How many windows, chunks and queries the model sections time. */
  scale: BenchScale;
  /** --scale: the CUAD copy factors the scale section builds. */
  scaleFactors?: number[];
  /** The user's --models folder; undefined means generated stand-ins. */
  modelsDir: string | undefined;
  /** Scratch folder for databases; removed when the bench ends. */
  workDir: string;
  log(line: string): void;
  progress(label: string, unit: string): ProgressFn;
  cuadCorpus(): Promise<CuadCorpus>;
  models(): Promise<BenchModels>;
  /** Measured once: machine-peak reports it, rerank-throughput divides by it. */
  machinePeak(): Promise<MachinePeak>;
}

export interface ContextOptions {
  dataDir: string;
  runs: number;
  quick: boolean;
  modelsDir?: string;
  scaleFactors?: number[];
  stderr(text: string): void;
  stderrIsTTY: boolean;
}

export function createBenchContext(opts: ContextOptions): { ctx: BenchContext; dispose(): Promise<void> } {
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'clause-bench-'));
  let corpus: Promise<CuadCorpus> | undefined;
  let models: Promise<BenchModels> | undefined;
  let peak: Promise<MachinePeak> | undefined;
  const scale = benchScale(opts.quick);
  const ctx: BenchContext = {
    dataDir: opts.dataDir,
    runs: opts.runs,
    quick: opts.quick,
    scale,
    scaleFactors: opts.scaleFactors,
    modelsDir: opts.modelsDir,
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
    // Imported on first use: the model generator and onnxruntime stay unloaded for the lexical sections.
    models: () => (models ??= import('./bench-models').then((m) => m.prepareBenchModels(opts.modelsDir, opts.dataDir, workDir))),
    machinePeak: () => (peak ??= import('./machine-peak').then((m) => m.measureMachinePeak({ sizes: scale.peakSizes, runs: scale.peakRuns, minMs: scale.peakMinMs }))),
  };
  const dispose = async (): Promise<void> => {
    // Close before removing, so SQLite is not left writing into a deleted folder.
    await corpus?.then((c) => c.engine.close(), () => undefined);
    rmSync(workDir, { recursive: true, force: true });
  };
  return { ctx, dispose };
}
