/**
 * LegalBench-RAG loaders: the CUAD-mini slice (reconstructed) and PrivacyQA, in the
 * upstream format `{tests: [{query, snippets: [{file_path, span: [start, end]}]}]}`.
 * Each dataset maps its `file_path` prefix to a folder under the data root. Gold spans
 * are checked against the text (bounds, and `answer` where present) so a stale or
 * mis-encoded file fails here instead of quietly lowering recall.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DATA_FILES } from './data-paths';
import { isRecord } from './jsonl';
import type { LegalBenchDoc } from './retriever';
import type { CharSpan } from './span-metrics';

export type LegalBenchDataset = 'privacy_qa' | 'cuad';

export interface LegalBenchSource {
  dataset: LegalBenchDataset;
  /** The benchmark JSON, relative to the data root. */
  benchmarkFile: string;
  /** `file_path` prefix ("cuad/") and the folder it stands for, relative to the data root. */
  prefix: string;
  corpusDir: string;
}

/** PrivacyQA first, as in the paper's tables. */
export const LEGALBENCH_SOURCES: readonly LegalBenchSource[] = [
  { dataset: 'privacy_qa', benchmarkFile: DATA_FILES.privacyQa, prefix: 'privacy_qa/', corpusDir: DATA_FILES.privacyQaCorpusDir },
  { dataset: 'cuad', benchmarkFile: DATA_FILES.cuadMini, prefix: 'cuad/', corpusDir: DATA_FILES.cuadTxtDir },
];

export interface LegalBenchTest {
  dataset: LegalBenchDataset;
  /** Position in its benchmark file, from 0. */
  index: number;
  query: string;
  gold: CharSpan[];
}

export interface LegalBenchDatasetStats {
  tests: number;
  docs: number;
  chars: number;
}

export interface LegalBenchSet {
  tests: LegalBenchTest[];
  /** Every document a test references, sorted by filePath, all datasets together. */
  docs: LegalBenchDoc[];
  stats: Record<LegalBenchDataset, LegalBenchDatasetStats>;
}

export function loadLegalBench(dataDir: string, sources: readonly LegalBenchSource[] = LEGALBENCH_SOURCES): LegalBenchSet {
  const tests: LegalBenchTest[] = [];
  const docs = new Map<string, LegalBenchDoc>();
  const stats = {} as Record<LegalBenchDataset, LegalBenchDatasetStats>;
  for (const source of sources) {
    const texts = new Map<string, string>();
    const resolve = (filePath: string): string => {
      let text = texts.get(filePath);
      if (text === undefined) {
        const absPath = resolveCorpusPath(dataDir, source, filePath);
        text = readFileSync(absPath, 'utf8');
        texts.set(filePath, text);
        docs.set(filePath, { filePath, absPath });
      }
      return text;
    };
    const file = path.join(dataDir, source.benchmarkFile);
    const parsed = parseBenchmark(JSON.parse(readFileSync(file, 'utf8')), file);
    parsed.forEach((test, index) => {
      const where = `${file}: test ${index + 1}`;
      for (const g of test.snippets) checkGoldSpan(g, resolve(g.filePath), where);
      checkDisjoint(test.snippets.map((s) => s.span), where);
      tests.push({ dataset: source.dataset, index, query: test.query, gold: test.snippets.map((s) => s.span) });
    });
    let chars = 0;
    for (const t of texts.values()) chars += t.length;
    stats[source.dataset] = { tests: parsed.length, docs: texts.size, chars };
  }
  const sortedDocs = [...docs.values()].sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
  return { tests, docs: sortedDocs, stats };
}

interface RawSnippet {
  filePath: string;
  span: CharSpan;
  answer: string | undefined;
}

function parseBenchmark(json: unknown, file: string): Array<{ query: string; snippets: RawSnippet[] }> {
  if (!isRecord(json) || !Array.isArray(json.tests)) throw new Error(`${file} has no "tests" array.`);
  return json.tests.map((test: unknown, i: number) => {
    const where = `${file}: test ${i + 1}`;
    if (!isRecord(test) || typeof test.query !== 'string' || !Array.isArray(test.snippets) || test.snippets.length === 0) {
      throw new Error(`${where} needs a string "query" and a non-empty "snippets" array.`);
    }
    const snippets = test.snippets.map((s: unknown): RawSnippet => {
      if (
        !isRecord(s) ||
        typeof s.file_path !== 'string' ||
        !Array.isArray(s.span) ||
        s.span.length !== 2 ||
        !s.span.every((n: unknown) => Number.isInteger(n))
      ) {
        throw new Error(`${where} has a snippet without "file_path" and an integer "span" pair.`);
      }
      const [start, end] = s.span as [number, number];
      return {
        filePath: s.file_path,
        span: { filePath: s.file_path, start, end },
        answer: typeof s.answer === 'string' ? s.answer : undefined,
      };
    });
    return { query: test.query, snippets };
  });
}

/** `cuad/<name>` → `<data>/<cuad folder>/<name>`, refusing names that climb out of the folder. */
function resolveCorpusPath(dataDir: string, source: LegalBenchSource, filePath: string): string {
  if (!filePath.startsWith(source.prefix)) {
    throw new Error(`${source.dataset}: file_path "${filePath}" does not start with "${source.prefix}".`);
  }
  const dir = path.join(dataDir, source.corpusDir);
  const absPath = path.join(dir, filePath.slice(source.prefix.length));
  const rel = path.relative(dir, absPath);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) {
    throw new Error(`${source.dataset}: file_path "${filePath}" points outside ${dir}.`);
  }
  if (!existsSync(absPath)) throw new Error(`${source.dataset}: "${filePath}" is not at ${absPath}.`);
  return absPath;
}

function checkGoldSpan(s: RawSnippet, text: string, where: string): void {
  const { start, end } = s.span;
  if (start < 0 || end <= start || end > text.length) {
    throw new Error(`${where}: span [${start}, ${end}) does not fit "${s.filePath}" (${text.length} characters).`);
  }
  if (s.answer !== undefined && text.slice(start, end) !== s.answer) {
    throw new Error(`${where}: the text at [${start}, ${end}) of "${s.filePath}" differs from its "answer".`);
  }
}

function checkDisjoint(spans: CharSpan[], where: string): void {
  const sorted = [...spans].sort((a, b) => (a.filePath === b.filePath ? a.start - b.start : a.filePath < b.filePath ? -1 : 1));
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    const cur = sorted[i]!;
    if (prev.filePath === cur.filePath && cur.start < prev.end) {
      throw new Error(`${where}: gold spans [${prev.start}, ${prev.end}) and [${cur.start}, ${cur.end}) overlap.`);
    }
  }
}
