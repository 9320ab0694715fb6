/** Where the evaluation data lives: `<shared>/eval-data`, shared beside the repo unless told otherwise. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** src/main/engine/eval → repository root. */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

export function defaultSharedDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.CLAUSE_SEARCH_SHARED ?? path.resolve(repoRoot, '../shared');
}

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(defaultSharedDir(env), 'eval-data');
}

/** Files inside the data root; relative so `--data DIR` can move all of them at once. */
export const DATA_FILES = {
  acordCorpus: 'raw/acord/corpus.jsonl',
  acordQueries: 'raw/acord/queries.jsonl',
  acordQrels: { train: 'raw/acord/qrels/train.tsv', valid: 'raw/acord/qrels/valid.tsv' },
  cuadMini: 'derived/legalbenchrag_cuad_reconstructed/cuad_mini_194.json',
  cuadTxtDir: 'raw/cuad_v1/full_contract_txt',
  privacyQa: 'raw/legalbenchrag_privacy_qa/privacy_qa.json',
  privacyQaCorpusDir: 'raw/legalbenchrag_privacy_qa/corpus/privacy_qa',
} as const;
