/** Locates the real PDFs of ../shared/eval-data; tests that need them skip without them. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../../../../', import.meta.url));
const sharedRoot = process.env.CLAUSE_SEARCH_SHARED ?? path.resolve(repoRoot, '../shared');

export const evalData = path.join(sharedRoot, 'eval-data');
export const hasEvalData = fs.existsSync(evalData);

/** Every .pdf/.PDF file directly inside a folder of eval-data. */
export function pdfsIn(folder: string): string[] {
  const dir = path.join(evalData, folder);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => /\.pdf$/i.test(name))
    .sort()
    .map((name) => path.join(dir, name));
}

export function readBytes(file: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(file));
}
