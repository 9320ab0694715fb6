/**
 * Cross-validated model selection over per-query scores: for each fold, the candidate with
 * the best mean on the other folds is chosen and scored on the held-out queries. The
 * held-out scores of all folds together estimate what the choosing procedure gives on
 * queries it never saw; the best in-sample mean does not.
 */
import { assignFolds } from './folds';

export interface CvOutcome {
  /** Mean over all queries of each candidate (the in-sample figure). */
  inSample: number[];
  /** Mean held-out score of the selection, averaged over the repeats. */
  cv: number;
  /** How many (repeat, fold) pairs chose each candidate. */
  chosen: number[];
  folds: number;
  repeats: number;
}

/** Ties go to the earlier candidate: list the simpler (or current) configuration first. */
function argmaxMean(scores: readonly (readonly number[])[], queries: readonly number[]): number {
  let best = 0;
  let bestMean = -Infinity;
  scores.forEach((perQuery, c) => {
    let sum = 0;
    for (const q of queries) sum += perQuery[q]!;
    const mean = sum / queries.length;
    if (mean > bestMean + 1e-12) {
      bestMean = mean;
      best = c;
    }
  });
  return best;
}

/** scores[candidate][query]; repeats use seeds 1..repeats so every run prints the same figures. */
export function crossValidate(scores: readonly (readonly number[])[], folds: number, repeats = 1): CvOutcome {
  if (scores.length === 0) throw new Error('Cross-validation needs at least one candidate.');
  const n = scores[0]!.length;
  if (scores.some((s) => s.length !== n)) throw new Error('Every candidate must be scored on the same queries.');
  const all = Array.from({ length: n }, (_, i) => i);
  const inSample = scores.map((s) => s.reduce((a, b) => a + b, 0) / n);
  const chosen = scores.map(() => 0);
  let cvSum = 0;
  for (let r = 0; r < repeats; r++) {
    const fold = assignFolds(n, folds, r + 1);
    let heldOut = 0;
    for (let f = 0; f < folds; f++) {
      const train = all.filter((q) => fold[q] !== f);
      const test = all.filter((q) => fold[q] === f);
      const pick = argmaxMean(scores, train);
      chosen[pick]!++;
      for (const q of test) heldOut += scores[pick]![q]!;
    }
    cvSum += heldOut / n;
  }
  return { inSample, cv: cvSum / repeats, chosen, folds, repeats };
}
