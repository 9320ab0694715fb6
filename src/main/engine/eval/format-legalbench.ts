/** LegalBench-RAG tables for the terminal: per dataset, P@k and R@k rows, ours beside the paper's. */
import type { LegalBenchDataset, LegalBenchSet } from './legalbench-data';
import { LEGALBENCH_PUBLISHED } from './published';
import type { LegalBenchResult } from './run-legalbench';
import { formatMs, formatTable, pct, thousands } from './text-table';

const TITLES: Record<LegalBenchDataset, string> = { privacy_qa: 'PrivacyQA', cuad: 'CUAD-mini (reconstructed)' };

export const LEGALBENCH_NOTES: readonly string[] = [
  'Character-level, as upstream legalbenchrag/run_benchmark.py: precision = overlap / total retrieved characters, recall = overlap / total gold characters, overlap summed over every (retrieved, gold) pair in the same file, retrieved spans NOT merged; 0 when nothing is retrieved; mean over queries.',
  'One corpus for all datasets (every document a test references), as upstream benchmark.py; the paper\'s corpus also held the ContractNLI and MAUD documents, which we lack.',
  'Paper rows: OpenAI text-embedding-3-large over 500-character chunks (T4 naive chunks, no reranker; T7 recursive splitter + Cohere rerank), on LegalBench-RAG-mini.',
];

export function formatLegalBenchReport(result: LegalBenchResult, data: LegalBenchSet, mode: string): string {
  const header = ['', ...result.ks.map((k) => `k=${k}`)];
  const blocks: string[] = [];
  for (const [dataset, summary] of Object.entries(result.byDataset) as Array<[LegalBenchDataset, NonNullable<LegalBenchResult['byDataset'][LegalBenchDataset]>]>) {
    const st = data.stats[dataset];
    const paper = LEGALBENCH_PUBLISHED[dataset];
    const rows: string[][] = [
      [`P@k ours (${mode})`, ...summary.precision.map((v) => pct(v * 100, 2))],
      ...paper.map((p) => [`P@k ${p.label}`, ...p.precision.map((v) => v.toFixed(2))]),
      [`R@k ours (${mode})`, ...summary.recall.map((v) => pct(v * 100, 2))],
      ...paper.map((p) => [`R@k ${p.label}`, ...p.recall.map((v) => v.toFixed(2))]),
    ];
    const lines = [
      `LegalBench-RAG ${TITLES[dataset]}: ${summary.queries} queries over ${st.docs} documents (${thousands(st.chars)} characters)`,
      '',
      formatTable(header, rows),
    ];
    if (summary.queriesWithOverlappingHits > 0) {
      lines.push(
        `Warning: ${summary.queriesWithOverlappingHits} queries returned hits that overlap each other; the upstream formula counts shared characters twice, so these numbers are inflated.`,
      );
    }
    blocks.push(lines.join('\n'));
  }
  const t = result.timings;
  const n = result.perQuery.length;
  return [
    ...blocks,
    [
      ...LEGALBENCH_NOTES.map((note) => `- ${note}`),
      `Corpus: ${data.docs.length} documents. Timings: setup ${formatMs(t.setupMs)}, retrieval ${formatMs(t.retrieveMs)} ` +
        `(${formatMs(n ? t.retrieveMs / n : 0)} per query), total ${formatMs(t.totalMs)}.`,
    ].join('\n'),
  ].join('\n\n');
}
