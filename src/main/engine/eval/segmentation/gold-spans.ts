import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** One gold quote (or merged run of quotes) from the reconstructed LegalBench-RAG CUAD set. */
export interface GoldSpan {
  /** The CUAD txt file name, without the "cuad/" prefix. */
  fileName: string;
  start: number;
  end: number;
  category: string;
}

interface RawBenchmark {
  tests: Array<{
    cuad_category?: string;
    snippets: Array<{ file_path: string; span: [number, number] }>;
  }>;
}

export const CUAD_TXT_DIR = 'eval-data/raw/cuad_v1/full_contract_txt';
export const CUAD_GOLD_FILE =
  'eval-data/derived/legalbenchrag_cuad_reconstructed/cuad_full_reconstructed.json';

/** Reads every gold span of the full reconstruction, grouped by txt file name. */
export async function loadGoldSpans(sharedDir: string): Promise<Map<string, GoldSpan[]>> {
  const raw = JSON.parse(await readFile(path.join(sharedDir, CUAD_GOLD_FILE), 'utf8')) as RawBenchmark;
  const byFile = new Map<string, GoldSpan[]>();
  for (const test of raw.tests) {
    for (const snippet of test.snippets) {
      const fileName = snippet.file_path.replace(/^cuad\//, '');
      const span: GoldSpan = {
        fileName,
        start: snippet.span[0],
        end: snippet.span[1],
        category: test.cuad_category ?? 'unknown',
      };
      const list = byFile.get(fileName);
      if (list) list.push(span);
      else byFile.set(fileName, [span]);
    }
  }
  return byFile;
}
