/**
 * `npm run eval`: parses arguments, runs the chosen benchmarks with the injected engine
 * setups, prints tables and writes JSON. Kept free of engine imports so tests can drive
 * it with fakes; run-eval.ts supplies the real dependencies.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadAcord } from './acord-data';
import { HELP, parseEvalArgs, UsageError, type EvalArgs, type EvalDataset } from './cli-args';
import { defaultDataDir } from './data-paths';
import { acordJson, combinedJson, legalBenchJson, segmentationJson, type EvalJson } from './eval-json';
import { formatAcordReport } from './format-acord';
import { formatLegalBenchReport } from './format-legalbench';
import { loadLegalBench } from './legalbench-data';
import { progressReporter } from './progress';
import type { AcordCorpusEntry, AcordSetup, EngineSetupOptions, EvalMode, LegalBenchSetup } from './retriever';
import type { ConfigurablePoolRanker } from './cv/ranking-config';
import { runAcordCvDataset } from './cv/acord-cv-dataset';
import { acordSimilarDataset, type SimilarPoolRanker } from './similar/run-acord-similar';
import { formatDefinitions, type DefinitionsMeasurement } from './definitions/run-definitions';
import { readdirSync } from 'node:fs';
import { runAcord } from './run-acord';
import { runLegalBench } from './run-legalbench';
import { formatMs } from './text-table';
import { isCuadGrid } from './cuad-grid/cuad-grid-args';

export interface SegmentationModule {
  evaluateSegmentation(opts: { sharedDir: string }): Promise<unknown>;
  // Method syntax on purpose: the real module takes its own report type here.
  formatSegmentationReport(report: unknown): string;
}

/** The shape of engine-adapters.ts. */
export interface EngineAdapters {
  createAcordSetup(mode: EvalMode, opts: EngineSetupOptions): AcordSetup;
  createLegalBenchSetup(mode: EvalMode, opts: EngineSetupOptions): LegalBenchSetup;
  /** Needed for --cv only. */
  createAcordConfigRanker?(corpus: readonly AcordCorpusEntry[]): ConfigurablePoolRanker;
  /** Needed for --similar only. */
  createAcordSimilarRanker?(corpus: readonly AcordCorpusEntry[]): SimilarPoolRanker;
  /** Needed for --dataset definitions only. */
  measureDefinitions?(files: readonly string[]): Promise<DefinitionsMeasurement>;
}

export interface EvalDeps {
  /** Loaded only when a benchmark needs it, so --help and usage errors never touch the engine. */
  loadEngine(): Promise<EngineAdapters>;
  loadSegmentation(): Promise<SegmentationModule>;
  stdout(text: string): void;
  stderr(text: string): void;
  stderrIsTTY?: boolean;
  env?: NodeJS.ProcessEnv;
}

interface DatasetRun {
  text: string;
  json: EvalJson;
}

/** Returns the exit code: 0 ok, 1 a benchmark failed, 2 bad usage. */
export async function runEvalCli(argv: readonly string[], deps: EvalDeps): Promise<number> {
  // The review grid benchmark (issue 10) has its own options; its module loads the engine on demand.
  if (isCuadGrid(argv)) return (await import('./cuad-grid/run-cuad-grid')).runCuadGridCli(argv, deps);
  let args: EvalArgs;
  try {
    args = parseEvalArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      deps.stderr(`${err.message}\n`);
      return 2;
    }
    throw err;
  }
  if (args.help) {
    deps.stdout(`${HELP}\n`);
    return 0;
  }
  const usesEngine = args.dataset !== 'segmentation';
  if (usesEngine && (args.mode === 'hybrid' || args.mode === 'full') && args.modelsDir === undefined) {
    deps.stderr(`Mode ${args.mode} needs --models DIR (a folder with bi-encoder/ and cross-encoder/).\n`);
    return 2;
  }
  const dataDir = path.resolve(args.dataDir ?? defaultDataDir(deps.env ?? process.env));
  const missing = [dataDir, args.qrelsFile, args.queriesFile].find((p) => p !== undefined && !existsSync(p));
  if (missing !== undefined) {
    deps.stderr(`${missing} does not exist; pass --data DIR (the eval-data folder) or set CLAUSE_SEARCH_SHARED.\n`);
    return 2;
  }

  const datasets: Exclude<EvalDataset, 'all'>[] = args.dataset === 'all' ? ['acord', 'legalbenchrag', 'segmentation'] : [args.dataset];
  const modes: EvalMode[] = args.mode === 'all' ? (args.modelsDir === undefined ? ['lexical'] : ['lexical', 'hybrid', 'full']) : [args.mode];
  if (args.mode === 'all' && args.modelsDir === undefined && usesEngine) {
    deps.stderr('Modes hybrid and full not run: no --models folder was given.\n');
  }
  const runs: DatasetRun[] = [];
  const errors: Array<{ dataset: string; error: string }> = [];
  const started = performance.now();
  // Segmentation does not depend on the mode: it runs once.
  const plan = modes.flatMap((mode, i) => datasets.filter((d) => d !== 'segmentation' || i === 0).map((dataset) => ({ dataset, mode })));
  for (const { dataset, mode } of plan) {
    try {
      const run = await runDataset(dataset, { ...args, mode }, dataDir, deps);
      deps.stdout(`${runs.length > 0 ? '\n' : ''}${run.text}\n`);
      runs.push(run);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      deps.stderr(`The ${dataset} evaluation in mode ${mode} was not run: ${message}\n`);
      errors.push({ dataset: `${dataset}/${mode}`, error: message });
    }
  }
  if (datasets.length > 1) deps.stderr(`All evaluations took ${formatMs(performance.now() - started)}.\n`);

  if (args.outFile !== undefined && runs.length > 0) {
    const json = runs.length > 1 || errors.length > 0 ? combinedJson(args.dataset, args.mode, runs.map((r) => r.json), errors) : runs[0]!.json;
    const out = path.resolve(args.outFile);
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(json, null, 2)}\n`);
    deps.stderr(`Wrote ${out}\n`);
  }
  return errors.length > 0 ? 1 : 0;
}

async function runDataset(dataset: Exclude<EvalDataset, 'all'>, args: EvalArgs & { mode: EvalMode }, dataDir: string, deps: EvalDeps): Promise<DatasetRun> {
  const engineOpts: EngineSetupOptions = args.modelsDir !== undefined ? { modelsDir: path.resolve(args.modelsDir) } : {};
  const isTTY = deps.stderrIsTTY ?? false;
  switch (dataset) {
    case 'acord': {
      const overrides =
        args.qrelsFile !== undefined && args.queriesFile !== undefined
          ? { qrelsFile: args.qrelsFile, queriesFile: args.queriesFile }
          : undefined;
      const data = loadAcord(dataDir, overrides);
      if (args.similar) return acordSimilarDataset(data, await deps.loadEngine());
      if (args.cvFolds !== undefined) return runAcordCvDataset(data, args.cvFolds, await deps.loadEngine(), progressReporter('ACORD CV configuration', deps.stderr, isTTY));
      const { createAcordSetup } = await deps.loadEngine();
      const result = await runAcord(createAcordSetup(args.mode, engineOpts), data, {
        onProgress: progressReporter('ACORD', deps.stderr, isTTY),
      });
      return { text: formatAcordReport(result, args.mode), json: acordJson(result, args.mode) };
    }
    case 'legalbenchrag': {
      const data = loadLegalBench(dataDir);
      const { createLegalBenchSetup } = await deps.loadEngine();
      const result = await runLegalBench(createLegalBenchSetup(args.mode, engineOpts), data, {
        onProgress: progressReporter('LegalBench-RAG', deps.stderr, isTTY),
      });
      return { text: formatLegalBenchReport(result, data, args.mode), json: legalBenchJson(result, data, args.mode) };
    }
    case 'definitions': {
      const folder = path.join(dataDir, 'raw', 'cuad_v1', 'full_contract_txt');
      const files = readdirSync(folder).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(folder, f));
      const engine = await deps.loadEngine();
      if (!engine.measureDefinitions) throw new Error('This engine cannot measure definitions.');
      deps.stderr(`Definitions: ingesting ${files.length} CUAD contracts...\n`);
      return formatDefinitions(await engine.measureDefinitions(files));
    }
    case 'segmentation': {
      const seg = await deps.loadSegmentation();
      deps.stderr('Segmentation: segmenting the CUAD contracts...\n');
      const report = await seg.evaluateSegmentation({ sharedDir: path.dirname(dataDir) });
      return { text: seg.formatSegmentationReport(report), json: segmentationJson(report, args.mode) };
    }
  }
}
