/** Arguments of `npm run eval -- --dataset cuad-grid`. */
import { UsageError } from '../cli-args';

export interface CuadGridArgs {
  split: 'train' | 'test' | 'all';
  modelsDir?: string;
  dataDir?: string;
  outFile?: string;
  /** Keep the ingested corpus in this database file and reuse it next time. */
  dbFile?: string;
  /** Fit the presence model on the train split and print it. */
  fit: boolean;
  /** With --fit: write the fitted model as a TypeScript module here. */
  fitOut?: string;
  /** Learn each type's vocabulary on the train split and write it as a TypeScript module here. */
  learnTerms?: string;
}

export const CUAD_GRID_HELP = `Usage: npm run eval -- --dataset cuad-grid [--split train|test|all] [--models DIR] [--fit [--fit-out FILE]] [--db FILE] [--data DIR] [--out FILE]

  --split   the split whose per-type table is printed (default test); the summary always shows train, test and all
  --fit     fit the presence confidence model and the not-found threshold on the TRAIN split and print them
  --fit-out FILE  with --fit, write the fitted model as TypeScript (src/main/engine/review/presence-fitted.ts)
  --learn-terms FILE  learn each type's vocabulary on the TRAIN split, write it (src/main/engine/review/learned-terms.ts)
  --db FILE keep the ingested 510 contracts in FILE and reuse them on the next run`;

export function isCuadGrid(argv: readonly string[]): boolean {
  return argv.some((a, i) => a === '--dataset=cuad-grid' || (a === '--dataset' && argv[i + 1] === 'cuad-grid'));
}

export function parseCuadGridArgs(argv: readonly string[]): CuadGridArgs {
  const args: CuadGridArgs = { split: 'test', fit: false };
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i]!;
    const eq = raw.indexOf('=');
    const flag = eq > 0 ? raw.slice(0, eq) : raw;
    if (flag === '--fit') {
      args.fit = true;
      continue;
    }
    const value = eq > 0 ? raw.slice(eq + 1) : argv[++i];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`${flag} needs a value.`);
    switch (flag) {
      case '--dataset':
        break;
      case '--split':
        if (value !== 'train' && value !== 'test' && value !== 'all') throw new UsageError('--split must be train, test or all.');
        args.split = value;
        break;
      case '--models':
        args.modelsDir = value;
        break;
      case '--data':
        args.dataDir = value;
        break;
      case '--out':
        args.outFile = value;
        break;
      case '--fit-out':
        args.fitOut = value;
        break;
      case '--learn-terms':
        args.learnTerms = value;
        break;
      case '--db':
        args.dbFile = value;
        break;
      default:
        throw new UsageError(`Unknown option ${flag} for the cuad-grid dataset; see --help.`);
    }
  }
  return args;
}
