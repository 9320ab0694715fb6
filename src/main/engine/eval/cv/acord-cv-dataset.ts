/** Glue for eval-main: runs the ACORD cross-validation with the engine's configurable ranker and shapes text + JSON. */
import type { AcordEvalSet } from '../acord-data';
import type { EvalJson } from '../eval-json';
import type { AcordCorpusEntry } from '../retriever';
import { formatAcordCv } from './format-cv';
import type { ConfigurablePoolRanker } from './ranking-config';
import { runAcordCv } from './run-acord-cv';

export function runAcordCvDataset(
  data: AcordEvalSet,
  folds: number,
  engine: { createAcordConfigRanker?(corpus: readonly AcordCorpusEntry[]): ConfigurablePoolRanker },
  onProgress: (done: number, total: number) => void,
): { text: string; json: EvalJson } {
  if (!engine.createAcordConfigRanker) throw new Error('This engine cannot rank under other configurations, so --cv cannot run.');
  const ranker = engine.createAcordConfigRanker(data.corpus);
  try {
    const report = runAcordCv(ranker, data, { folds, onProgress });
    const pct = (x: number) => x * 100;
    const decisions = [...report.decisions, report.joint].map((d) => ({
      name: d.name,
      cvNdcg5: pct(d.outcome.cv),
      keep: d.labels[d.verdict],
      alternatives: d.labels.map((label, i) => ({ label, inSampleNdcg5: pct(d.outcome.inSample[i]!), foldsChose: d.outcome.chosen[i]! })),
    }));
    return {
      text: formatAcordCv(report),
      json: {
        dataset: 'acord',
        mode: 'lexical',
        metrics: { 'ndcg@5': pct(report.decisions[0]!.outcome.inSample[0]!), 'cv/ndcg@5': pct(report.joint.outcome.cv) },
        perQuery: data.queries.map((q, i) => ({ id: q.id, split: q.split, 'ndcg@5': pct(report.currentPerQuery[i]!) })),
        crossValidation: { folds: report.folds, repeats: report.repeats, decisions },
      },
    };
  } finally {
    ranker.close();
  }
}
