/**
 * `npm run eval -- --dataset acord --cv K`: scores every configuration of the lexical
 * grid on each ACORD train+valid query (nDCG@5), then cross-validates each decision and
 * the joint grid by query folds. Configurations shared between decisions are ranked once.
 */
import type { AcordEvalSet } from '../acord-data';
import { ndcgAtK } from '../ranking-metrics';
import { crossValidate, type CvOutcome } from './cross-validate';
import { jointGrid, lexicalDecisions, type Alternative } from './lexical-grid';
import type { ConfigurablePoolRanker } from './ranking-config';

export interface DecisionReport {
  name: string;
  labels: string[];
  outcome: CvOutcome;
  simplest: number;
  /** The alternative to ship: the one the folds chose most when choosing beat the simplest held-out, else the simplest. */
  verdict: number;
}

/** Conservative: a feature is kept only when choosing it on training folds beats, on held-out queries, never having it. */
export function verdictOf(outcome: CvOutcome, simplest: number): number {
  if (!(outcome.cv > outcome.inSample[simplest]!)) return simplest;
  let best = simplest;
  outcome.chosen.forEach((n, i) => {
    if (n > outcome.chosen[best]!) best = i;
  });
  return best;
}

export interface AcordCvReport {
  queries: number;
  folds: number;
  repeats: number;
  decisions: DecisionReport[];
  joint: DecisionReport;
  /** Per query nDCG@5 of the current defaults, in data order, for paired comparisons. */
  currentPerQuery: number[];
}

export interface CvOptions {
  folds: number;
  repeats?: number;
  onProgress?: (done: number, total: number) => void;
}

export function runAcordCv(ranker: ConfigurablePoolRanker, data: AcordEvalSet, opts: CvOptions): AcordCvReport {
  const repeats = opts.repeats ?? 10;
  const decisions = lexicalDecisions();
  const joint = jointGrid();
  const distinct = new Map<string, Alternative>();
  for (const a of [...decisions.flatMap((d) => d.alternatives), ...joint]) distinct.set(JSON.stringify(a.config), a);
  const scores = new Map<string, number[]>();
  const pools = data.queries.map((q) => [...q.judgments.keys()].sort());
  let done = 0;
  for (const [key, alt] of distinct) {
    scores.set(
      key,
      data.queries.map((q, i) => ndcgAtK(ranker.rankPool(q.text, pools[i]!, alt.config), q.judgments, 5)),
    );
    opts.onProgress?.(++done, distinct.size);
  }
  const report = (name: string, alternatives: Alternative[], simplest: number): DecisionReport => {
    const outcome = crossValidate(alternatives.map((a) => scores.get(JSON.stringify(a.config))!), opts.folds, repeats);
    return { name, labels: alternatives.map((a) => a.label), outcome, simplest, verdict: verdictOf(outcome, simplest) };
  };
  return {
    queries: data.queries.length,
    folds: opts.folds,
    repeats,
    decisions: decisions.map((d) => report(d.name, d.alternatives, d.simplest)),
    joint: report('every combination (joint grid)', joint, 0),
    currentPerQuery: scores.get(JSON.stringify(joint[0]!.config))!,
  };
}
