/**
 * The query set for timing search: the ACORD query texts, then the distinct CUAD
 * questions, each kept once and in file order so every run times the same list.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadAcordQueries } from '../acord-data';
import { DATA_FILES } from '../data-paths';
import { isRecord } from '../jsonl';

export const CUAD_QUESTIONS_FILE = 'derived/legalbenchrag_cuad_reconstructed/cuad_full_reconstructed.json';

export interface BenchQueries {
  acord: number;
  cuad: number;
  texts: string[];
}

/** First occurrence wins; blank entries are dropped. */
export function distinctInOrder(texts: Iterable<string>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const t of texts) {
    if (t.trim() === '' || seen.has(t)) continue;
    seen.add(t);
    out.push(t);
  }
  return out;
}

export function cuadQuestions(json: unknown, source: string): string[] {
  if (!isRecord(json) || !Array.isArray(json.tests)) throw new Error(`${source} has no "tests" array.`);
  return json.tests.map((t, i) => {
    if (!isRecord(t) || typeof t.question !== 'string') throw new Error(`${source}: test ${i + 1} lacks a string "question".`);
    return t.question;
  });
}

export function loadBenchQueries(dataDir: string): BenchQueries {
  const acord = distinctInOrder(loadAcordQueries(path.join(dataDir, DATA_FILES.acordQueries)).map((q) => q.text));
  const file = path.join(dataDir, CUAD_QUESTIONS_FILE);
  const cuad = distinctInOrder(cuadQuestions(JSON.parse(readFileSync(file, 'utf8')), file));
  const texts = distinctInOrder([...acord, ...cuad]);
  return { acord: acord.length, cuad: texts.length - acord.length, texts };
}
