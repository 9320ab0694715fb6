import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The shared data folder: $CLAUSE_SEARCH_SHARED, else ../shared beside the repository. */
export function defaultSharedDir(): string {
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../..');
  return process.env.CLAUSE_SEARCH_SHARED ?? path.resolve(repoRoot, '../shared');
}
