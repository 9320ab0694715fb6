/**
 * The JSON written by --out: `{dataset, mode, metrics: {name: percent}, perQuery, ...extra}`.
 * Percent everywhere, per query too; NaN (nothing to average) becomes null in JSON.
 */
import { ACORD_NOTES } from './format-acord';
import { LEGALBENCH_NOTES } from './format-legalbench';
import type { LegalBenchSet } from './legalbench-data';
import { ACORD_PUBLISHED, LEGALBENCH_PUBLISHED } from './published';
import { ACORD_METRICS, type AcordResult, type AcordSummary } from './run-acord';
import type { LegalBenchResult } from './run-legalbench';
import { isRecord } from './jsonl';

export interface EvalJson {
  dataset: string;
  mode: string;
  metrics: Record<string, number>;
  perQuery: unknown[];
  [extra: string]: unknown;
}

const asPct = (fraction: number | null): number | null => (fraction === null ? null : fraction * 100);

function acordMetrics(s: AcordSummary): Record<string, number> {
  return Object.fromEntries(ACORD_METRICS.map((m) => [m, s[m].mean * 100]));
}

export function acordJson(result: AcordResult, mode: string): EvalJson {
  return {
    dataset: 'acord',
    mode,
    metrics: acordMetrics(result.overall),
    perQuery: result.perQuery.map((q) => ({
      id: q.id,
      split: q.split,
      judged: q.judged,
      relevant: q.relevant,
      ...Object.fromEntries(ACORD_METRICS.map((m) => [m, asPct(q.scores[m])])),
      top10: q.top10,
      rankMs: q.rankMs,
    })),
    queriesPerMetric: Object.fromEntries(ACORD_METRICS.map((m) => [m, result.overall[m].queries])),
    splits: Object.fromEntries(
      Object.entries(result.bySplit).map(([split, s]) => [split, { queries: s['ndcg@5'].queries, metrics: acordMetrics(s) }]),
    ),
    corpusSize: result.corpusSize,
    published: { split: 'test (withheld from this project)', rows: ACORD_PUBLISHED },
    notes: ACORD_NOTES,
    timings: result.timings,
  };
}

export function legalBenchJson(result: LegalBenchResult, data: LegalBenchSet, mode: string): EvalJson {
  const metrics: Record<string, number> = {};
  for (const [dataset, s] of Object.entries(result.byDataset)) {
    result.ks.forEach((k, i) => {
      metrics[`${dataset}/P@${k}`] = s.precision[i]! * 100;
      metrics[`${dataset}/R@${k}`] = s.recall[i]! * 100;
    });
  }
  return {
    dataset: 'legalbenchrag',
    mode,
    metrics,
    perQuery: result.perQuery.map((q) => ({
      dataset: q.dataset,
      index: q.index,
      query: q.query,
      hits: q.hits,
      overlappingHitPairs: q.overlappingHitPairs,
      ...Object.fromEntries(result.ks.map((k, i) => [`P@${k}`, q.precision[i]! * 100])),
      ...Object.fromEntries(result.ks.map((k, i) => [`R@${k}`, q.recall[i]! * 100])),
      retrieveMs: q.retrieveMs,
    })),
    ks: result.ks,
    datasets: Object.fromEntries(
      Object.entries(result.byDataset).map(([d, s]) => [
        d,
        { ...data.stats[d as keyof LegalBenchSet['stats']], queries: s.queries, queriesWithOverlappingHits: s.queriesWithOverlappingHits },
      ]),
    ),
    corpusDocs: data.docs.map((d) => d.filePath),
    published: LEGALBENCH_PUBLISHED,
    notes: LEGALBENCH_NOTES,
    timings: result.timings,
  };
}

/** The segmentation report as is, in the common shape; it has no queries. */
export function segmentationJson(report: unknown, mode: string): EvalJson {
  const rec = isRecord(report) ? report : {};
  const metrics: Record<string, number> = {};
  if (isRecord(rec.metrics)) {
    for (const [k, v] of Object.entries(rec.metrics)) if (typeof v === 'number') metrics[k] = v;
  }
  return { ...rec, dataset: 'segmentation', mode, metrics, perQuery: [] };
}

/** `--dataset all`: one file, metrics prefixed by dataset, each dataset's full JSON under results. */
/** Several runs in one file: metrics keyed "dataset/mode/metric", each run whole under `results`. */
export function combinedJson(dataset: string, mode: string, parts: EvalJson[], errors: Array<{ dataset: string; error: string }>): EvalJson {
  const metrics: Record<string, number> = {};
  for (const part of parts) for (const [k, v] of Object.entries(part.metrics)) metrics[`${part.dataset}/${part.mode}/${k}`] = v;
  return { dataset, mode, metrics, perQuery: [], results: parts, errors };
}
