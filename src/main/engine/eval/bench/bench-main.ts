/**
 * `npm run bench`: parses arguments, runs each section in order, prints its tables as
 * it finishes and writes one JSON file. A failing section is reported and the rest
 * still run; a section that needs the CUAD database builds it if nothing has yet.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../cli-args';
import { defaultDataDir } from '../data-paths';
import { BENCH_HELP, parseBenchArgs, type BenchArgs } from './bench-args';
import { createBenchContext } from './bench-context';
import { fmtMs } from './bench-format';
import type { BenchSection } from './bench-section';
import { describeMachine, machineInfo } from './machine-info';
import { renderSection } from './render-section';

export interface BenchDeps {
  /** Imported only after the arguments are good, so --help never loads the engine. */
  loadSections(): Promise<readonly BenchSection[]>;
  stdout(text: string): void;
  stderr(text: string): void;
  stderrIsTTY?: boolean;
  env?: NodeJS.ProcessEnv;
}

/** Returns the exit code: 0 ok, 1 a section failed, 2 bad usage. */
export async function runBenchCli(argv: readonly string[], deps: BenchDeps): Promise<number> {
  let args: BenchArgs;
  try {
    args = parseBenchArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      deps.stderr(`${err.message}\n`);
      return 2;
    }
    throw err;
  }
  if (args.help) {
    deps.stdout(`${BENCH_HELP}\n`);
    return 0;
  }
  const dataDir = path.resolve(args.dataDir ?? defaultDataDir(deps.env ?? process.env));
  if (!existsSync(dataDir)) {
    deps.stderr(`${dataDir} does not exist; pass --data DIR (the eval-data folder) or set CLAUSE_SEARCH_SHARED.\n`);
    return 2;
  }
  const modelsDir = args.modelsDir === undefined ? undefined : path.resolve(args.modelsDir);
  const missingRole = modelsDir === undefined ? undefined : ['bi-encoder', 'cross-encoder'].find((role) => !existsSync(path.join(modelsDir, role)));
  if (missingRole !== undefined) {
    deps.stderr(`${modelsDir} has no ${missingRole}/ folder; --models needs a folder with bi-encoder/ and cross-encoder/.\n`);
    return 2;
  }

  const startedAt = new Date().toISOString();
  const machine = machineInfo();
  deps.stdout(`Machine: ${describeMachine(machine)}\n`);
  if (modelsDir !== undefined) deps.stdout(`Models: ${modelsDir}; quality numbers for them come from npm run eval -- --models ${modelsDir}\n`);
  const loaded = await deps.loadSections();
  // --scale runs the scale section alone: it builds its own libraries and takes minutes per factor.
  const sections = args.scaleFactors === undefined ? loaded.filter((s) => s.name !== 'scale') : loaded.filter((s) => s.name === 'scale');
  const { ctx, dispose } = createBenchContext({ dataDir, runs: args.runs, quick: args.quick, modelsDir, scaleFactors: args.scaleFactors, stderr: deps.stderr, stderrIsTTY: deps.stderrIsTTY ?? false });
  const results: Record<string, unknown> = {};
  const topLevel: Record<string, Record<string, unknown>> = { machine: { ...machine } };
  const values: Record<string, unknown> = {};
  const errors: Array<{ section: string; error: string }> = [];
  const started = performance.now();
  try {
    for (const section of sections) {
      deps.stderr(`${section.name}: starting\n`);
      try {
        const output = await section.run(ctx);
        deps.stdout(`\n${renderSection(section.title, output)}\n`);
        results[section.name] = output.json;
        for (const [key, value] of Object.entries(output.topLevel ?? {})) topLevel[key] = { ...topLevel[key], ...value };
        Object.assign(values, output.topLevelValues ?? {});
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        deps.stderr(`The ${section.name} section failed: ${message}\n`);
        errors.push({ section: section.name, error: message });
      }
    }
  } finally {
    await dispose();
  }
  deps.stderr(`Bench took ${fmtMs(performance.now() - started)}.\n`);

  if (args.outFile !== undefined) {
    const out = path.resolve(args.outFile);
    mkdirSync(path.dirname(out), { recursive: true });
    const options = { runs: args.runs, quick: args.quick, dataDir, ...(args.scaleFactors ? { scale: args.scaleFactors } : {}), ...(modelsDir === undefined ? {} : { modelsDir }) };
    const json = { ...topLevel, ...values, sections: results, startedAt, options, ...(errors.length > 0 ? { errors } : {}) };
    writeFileSync(out, `${JSON.stringify(json, null, 2)}\n`);
    deps.stderr(`Wrote ${out}\n`);
  }
  return errors.length > 0 ? 1 : 0;
}
