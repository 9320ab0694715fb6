/** Arguments of `npm run bench`; every misuse becomes a UsageError with one sentence (exit 2). */
import { UsageError } from '../cli-args';

export const DEFAULT_RUNS = 3;
/** --quick ingests this many CUAD txt files (the first, sorted by name) instead of all. */
export const QUICK_TXT_FILES = 60;

export interface BenchArgs {
  runs: number;
  quick: boolean;
  dataDir?: string;
  outFile?: string;
  /** A models folder (bi-encoder/, cross-encoder/) to time instead of generated stand-ins. */
  modelsDir?: string;
  /** --scale 1,4,10: run only the scale section, at these copy factors of CUAD. */
  scaleFactors?: number[];
  help: boolean;
}

export const BENCH_HELP = `Usage: npm run bench -- [options]

  --runs N      timed runs of the PDF ingest; the median is reported (default ${DEFAULT_RUNS})
  --quick       ingest only the first ${QUICK_TXT_FILES} CUAD txt files (sorted by name) instead of all,
                and time fewer model windows, chunks and queries (s = 512 skipped); under 3 minutes
  --models DIR  time these models (bi-encoder/ and cross-encoder/) instead of random-weight
                MiniLM-L6-H384 stand-ins generated for the run (same cost as real weights);
                also runs quality-latency (ACORD nDCG by top_n, which needs real weights)
  --data DIR    eval-data folder (default $CLAUSE_SEARCH_SHARED/eval-data, else
                ../shared/eval-data beside the repository)
  --scale LIST  run only the scale bench: CUAD copied to each factor in LIST (e.g. 1,4,10; at most
                20), cached under ~/.cache/clause-search-bench (or $CLAUSE_SEARCH_BENCH_CACHE);
                per factor ingest, DB size, stage-1 latency per stage, vector recall@100,
                reference timings; the --out JSON gains scale: [{factor, documents, clauses,
                lexicalOnlyMs: {p50, p95}, hybridMs: {p50, p95}, vectorRecallAt100}]
  --out FILE    write the results as JSON: {machine (with peakGflops), rerank (gflops),
                sections: {<name>: {...}}, startedAt}
  --help        this text

Tables go to stdout, progress to stderr. Exit 0 ok, 1 a section failed, 2 bad usage.`;

const VALUE_FLAGS = { '--runs': 'runs', '--data': 'dataDir', '--out': 'outFile', '--models': 'modelsDir', '--scale': 'scale' } as const;
type ValueFlag = keyof typeof VALUE_FLAGS;
type ValueKey = (typeof VALUE_FLAGS)[ValueFlag];

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const raw: Partial<Record<ValueKey, string>> = {};
  let quick = false;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--quick') quick = true;
    else {
      const eq = arg.indexOf('=');
      const flag = eq > 0 ? arg.slice(0, eq) : arg;
      if (!(flag in VALUE_FLAGS)) {
        throw new UsageError(arg.startsWith('-') ? `Unknown option ${arg}; see --help.` : `Unexpected argument "${arg}"; see --help.`);
      }
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '' || value.startsWith('--')) throw new UsageError(`${flag} needs a value.`);
      const key = VALUE_FLAGS[flag as ValueFlag];
      if (raw[key] !== undefined) throw new UsageError(`${flag} is given twice.`);
      raw[key] = value;
    }
  }
  const args: BenchArgs = { runs: parseRuns(raw.runs), quick, help };
  if (raw.dataDir !== undefined) args.dataDir = raw.dataDir;
  if (raw.outFile !== undefined) args.outFile = raw.outFile;
  if (raw.modelsDir !== undefined) args.modelsDir = raw.modelsDir;
  if (raw.scale !== undefined) args.scaleFactors = parseScale(raw.scale);
  return args;
}

/** "1,4,10" → [1, 4, 10]: distinct whole numbers from 1 to 20, in the order given. */
function parseScale(text: string): number[] {
  const parts = text.split(',').map((p) => p.trim());
  if (parts.some((p) => !/^\d+$/.test(p) || Number(p) < 1 || Number(p) > 20)) {
    throw new UsageError(`--scale needs whole numbers from 1 to 20 separated by commas (e.g. 1,4,10), not "${text}".`);
  }
  const factors = parts.map(Number);
  if (new Set(factors).size !== factors.length) throw new UsageError(`--scale lists a factor twice: "${text}".`);
  return factors;
}

function parseRuns(text: string | undefined): number {
  if (text === undefined) return DEFAULT_RUNS;
  if (!/^\d+$/.test(text) || Number(text) < 1) throw new UsageError(`--runs needs a whole number of at least 1, not "${text}".`);
  return Number(text);
}
