import fs from 'node:fs/promises';
import path from 'node:path';

export const SUPPORTED_EXTENSIONS: ReadonlySet<string> = new Set(['.pdf', '.txt', '.htm', '.html', '.docx', '.doc']);

export function isSupportedFile(file: string): boolean {
  return SUPPORTED_EXTENSIONS.has(path.extname(file).toLowerCase());
}

/**
 * Expands the user's paths into files: folders recursively (supported types only,
 * hidden entries skipped, sorted for a stable order), files as given. A path that does
 * not exist is kept so the ingest can report it rather than silently drop it.
 */
export async function collectFiles(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const resolved = path.resolve(input);
    const stat = await fs.stat(resolved).catch(() => null);
    if (stat?.isDirectory()) files.push(...(await walk(resolved)));
    else files.push(resolved);
  }
  return files;
}

async function walk(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(full)));
    else if (entry.isFile() && isSupportedFile(entry.name)) files.push(full);
  }
  return files;
}
