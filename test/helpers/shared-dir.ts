import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** ../shared beside the repository, or CLAUSE_SEARCH_SHARED. */
export function sharedDir(): string {
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  return process.env.CLAUSE_SEARCH_SHARED ?? path.resolve(repoRoot, '../shared');
}
