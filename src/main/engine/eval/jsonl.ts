/** JSON Lines reading that names the file and line of a bad record. */
import { readFileSync } from 'node:fs';

export function readJsonl(file: string): unknown[] {
  const out: unknown[] = [];
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    try {
      out.push(JSON.parse(line));
    } catch (err) {
      throw new Error(`${file}:${index + 1} is not valid JSON (${(err as Error).message}).`);
    }
  });
  return out;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
