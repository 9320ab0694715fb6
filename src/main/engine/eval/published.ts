/**
 * Published numbers printed beside ours, in percent, copied from
 * ../shared/eval-data/reference/published_results.md (which cites its sources).
 */
import type { AcordMetric } from './run-acord';
import type { LegalBenchDataset } from './legalbench-data';

export interface PublishedAcordRow {
  system: string;
  values: Record<AcordMetric, number>;
}

/** ACORD paper (ACL 2025), TEST split — withheld from us; via secondary paper notes. */
export const ACORD_PUBLISHED: readonly PublishedAcordRow[] = [
  row('OpenAI embed (large)', [62.1, 64.1, 58.6, 38.9, 11.0]),
  row('BM25', [52.5, 54.0, 50.9, 38.9, 9.0]),
  row('BM25 + MiniLM cross-encoder', [59.3, 60.9, 60.0, 43.5, 6.2]),
  row('BM25 + GPT-4o (pointwise)', [76.9, 79.7, 81.1, 60.0, 17.2]),
  row('BM25 + GPT-4o-mini', [75.2, 78.2, 78.6, 58.2, 18.6]),
  row('BM25 + Llama-3B', [62.6, 65.3, 63.9, 48.1, 9.7]),
  row('BM25 + Llama-1B', [13.8, 14.4, 13.0, 10.5, 4.1]),
];

function row(system: string, v: [number, number, number, number, number]): PublishedAcordRow {
  return { system, values: { 'ndcg@5': v[0], 'ndcg@10': v[1], '3star_p@5': v[2], '4star_p@5': v[3], '5star_p@5': v[4] } };
}

export interface PublishedLegalBenchRow {
  label: string;
  /** At k = 1, 2, 4, 8, 16, 32, 64. */
  precision: number[];
  recall: number[];
}

/** LegalBench-RAG paper (arXiv:2408.10343v1) on LegalBench-RAG-mini, OpenAI embeddings, 500-char chunks. */
export const LEGALBENCH_PUBLISHED: Record<LegalBenchDataset, readonly PublishedLegalBenchRow[]> = {
  privacy_qa: [
    {
      label: 'paper T4 naive',
      precision: [7.86, 7.31, 6.41, 5.06, 3.58, 2.41, 1.54],
      recall: [7.45, 12.53, 20.88, 32.38, 42.45, 54.27, 66.07],
    },
    {
      label: 'paper T7 RCTS+Cohere',
      precision: [13.94, 15.91, 13.32, 9.57, 6.88, 4.68, 3.28],
      recall: [7.32, 16.12, 25.65, 35.6, 51.87, 64.98, 79.61],
    },
  ],
  cuad: [
    {
      label: 'paper T4 naive',
      precision: [9.27, 8.05, 5.98, 4.33, 2.77, 1.77, 1.09],
      recall: [12.6, 19.47, 27.92, 40.7, 51.02, 64.38, 75.71],
    },
    {
      label: 'paper T7 RCTS+Cohere',
      precision: [3.53, 4.18, 6.18, 5.06, 3.93, 2.74, 1.66],
      recall: [3.17, 7.33, 18.26, 28.67, 42.5, 55.66, 70.19],
    },
  ],
};
