/** Arguments of `npm run eval`; every misuse becomes a UsageError with one sentence (exit 2). */
import type { EvalMode } from './retriever';

export const DATASETS = ['acord', 'legalbenchrag', 'segmentation', 'all', 'definitions'] as const;
export type EvalDataset = (typeof DATASETS)[number];
/** 'all' runs every mode the models allow and says which it could not run and why. */
export type EvalModeArg = EvalMode | 'all';
const MODES: readonly EvalModeArg[] = ['lexical', 'hybrid', 'full', 'all'];

export interface EvalArgs {
  dataset: EvalDataset;
  mode: EvalModeArg;
  modelsDir?: string;
  qrelsFile?: string;
  queriesFile?: string;
  dataDir?: string;
  outFile?: string;
  /** ACORD lexical only: cross-validate the ranking choices with this many query folds. */
  cvFolds?: number;
  /** ACORD lexical only: measure "find similar" instead of search. */
  similar?: boolean;
  help: boolean;
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const HELP = `Usage: npm run eval -- [options]

  --dataset acord|legalbenchrag|segmentation|all   which benchmark (default acord); "definitions"
                                (not in all) counts the definitions and references found in CUAD
  --mode lexical|hybrid|full|all  stages to run: BM25 only; + bi-encoder and RRF; + cross-encoder
                                re-ranking; all = each the models allow (default: all with --models,
                                else lexical). A mode whose model is missing is reported, not run.
  --models DIR                  models folder (bi-encoder/ and cross-encoder/) for hybrid and full
  --qrels FILE --queries FILE   ACORD only: score this qrels split (e.g. the withheld test set)
                                instead of train + valid; the split is named after the qrels file
  --data DIR                    eval-data folder (default $CLAUSE_SEARCH_SHARED/eval-data, else
                                ../shared/eval-data beside the repository); segmentation reads
                                the folder above it
  --out FILE                    write the results as JSON: {dataset, mode, metrics, perQuery, ...};
                                with --dataset all, one file {dataset: "all", metrics (prefixed
                                "<dataset>/"), results: [one entry per dataset], errors}
  --cv K                        ACORD lexical only: cross-validate every ranking choice with K query
                                folds (10 seeded repeats); prints in-sample and CV nDCG@5 per choice
  --similar                     ACORD lexical only: "find similar" with each query's highest-rated
                                clause as the query, nDCG@5 over the rest of its pool
  --help                        this text

  --dataset cuad-grid           the review grid on CUAD (issue 10): --split train|test|all, --fit, --db FILE;
                                see npm run eval -- --dataset cuad-grid --help

Tables go to stdout, progress to stderr. Exit 0 ok, 1 a run failed, 2 bad usage.`;

const VALUE_FLAGS = {
  '--dataset': 'dataset',
  '--mode': 'mode',
  '--models': 'modelsDir',
  '--qrels': 'qrelsFile',
  '--queries': 'queriesFile',
  '--data': 'dataDir',
  '--out': 'outFile',
  '--cv': 'cvFolds',
} as const;
type ValueFlag = keyof typeof VALUE_FLAGS;

export function parseEvalArgs(argv: readonly string[]): EvalArgs {
  const raw: Partial<Record<(typeof VALUE_FLAGS)[ValueFlag], string>> = {};
  let help = false;
  let similar = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    if (arg === '--similar') {
      similar = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    if (!(flag in VALUE_FLAGS)) {
      throw new UsageError(arg.startsWith('-') ? `Unknown option ${arg}; see --help.` : `Unexpected argument "${arg}"; see --help.`);
    }
    let value: string | undefined;
    if (eq > 0) value = arg.slice(eq + 1);
    else {
      value = argv[i + 1];
      i++;
    }
    if (value === undefined || value === '' || value.startsWith('--')) throw new UsageError(`${flag} needs a value.`);
    const key = VALUE_FLAGS[flag as ValueFlag];
    if (raw[key] !== undefined) throw new UsageError(`${flag} is given twice.`);
    raw[key] = value;
  }

  const dataset = (raw.dataset ?? 'acord') as EvalDataset;
  if (!DATASETS.includes(dataset)) throw new UsageError(`Unknown dataset "${raw.dataset}"; use ${DATASETS.join(', ')}.`);
  const mode = (raw.mode ?? (raw.modelsDir !== undefined ? 'all' : 'lexical')) as EvalModeArg;
  if (!MODES.includes(mode)) throw new UsageError(`Unknown mode "${raw.mode}"; use ${MODES.join(', ')}.`);
  if ((raw.qrelsFile === undefined) !== (raw.queriesFile === undefined)) {
    throw new UsageError('--qrels and --queries go together: give both or neither.');
  }
  if (raw.qrelsFile !== undefined && dataset !== 'acord' && dataset !== 'all') {
    throw new UsageError('--qrels and --queries apply to the ACORD dataset only.');
  }
  const { cvFolds: cvText, ...rest } = raw;
  let cvFolds: number | undefined;
  if (cvText !== undefined) {
    cvFolds = Number(cvText);
    if (!Number.isInteger(cvFolds) || cvFolds < 2) throw new UsageError(`--cv needs a whole number of folds, 2 or more; got "${cvText}".`);
    if (dataset !== 'acord' || mode !== 'lexical') throw new UsageError('--cv applies to --dataset acord in mode lexical only.');
  }
  if (similar && (dataset !== 'acord' || mode !== 'lexical' || cvFolds !== undefined)) throw new UsageError('--similar applies to --dataset acord in mode lexical only, without --cv.');
  return { dataset, mode, help, ...definedOnly(rest), ...(cvFolds !== undefined ? { cvFolds } : {}), ...(similar ? { similar } : {}) };
}

function definedOnly(raw: Partial<Record<string, string>>): Omit<EvalArgs, 'dataset' | 'mode' | 'help'> {
  const { modelsDir, qrelsFile, queriesFile, dataDir, outFile } = raw;
  return Object.fromEntries(
    Object.entries({ modelsDir, qrelsFile, queriesFile, dataDir, outFile }).filter(([, v]) => v !== undefined),
  );
}
