/** poppler's pdftotext as the speed yardstick: text to stdout, which is discarded. */
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import path from 'node:path';

export const PDFTOTEXT_MISSING = 'pdftotext not found — install poppler-utils to compare';

/** The first executable pdftotext on PATH, else /usr/bin/pdftotext, else null. */
export function findPdftotext(env: NodeJS.ProcessEnv = process.env): string | null {
  const dirs = [...(env.PATH ?? '').split(path.delimiter).filter(Boolean), '/usr/bin'];
  for (const dir of dirs) {
    const candidate = path.join(dir, 'pdftotext');
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here; try the next folder
    }
  }
  return null;
}

/** Wall time of one `pdftotext FILE -`, process start included (as a user would run it). */
export function timePdftotext(bin: string, file: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(bin, [file, '-'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      if (code === 0) resolve(ms);
      else reject(new Error(`pdftotext failed on ${path.basename(file)} (exit ${code}): ${stderr.trim()}`));
    });
  });
}
