import path from 'node:path';
import { collectInputs } from './file-checks/collect-inputs';

export const SUPPORTED_EXTENSIONS: ReadonlySet<string> = new Set(['.pdf', '.txt', '.htm', '.html', '.docx', '.doc']);

export function isSupportedFile(file: string): boolean {
  return SUPPORTED_EXTENSIONS.has(path.extname(file).toLowerCase());
}

/**
 * Expands the user's paths into files: folders recursively (supported types only,
 * hidden entries skipped, sorted for a stable order, links followed once), files as
 * given. A path that does not exist is kept so the ingest can report it rather than
 * silently drop it. collectInputs (file-checks/) also returns what it could not take.
 */
export async function collectFiles(inputs: readonly string[]): Promise<string[]> {
  return (await collectInputs(inputs, isSupportedFile)).files;
}
