/** Metrics of the CUAD grid benchmark: hit@k over pairs with gold, presence AUPR and P@80%R over all pairs. */

/** Average precision of a ranking by score (ties broken pessimistically: negatives first); null without positives. */
export function averagePrecision(items: ReadonlyArray<{ score: number; positive: boolean }>): number | null {
  const positives = items.filter((i) => i.positive).length;
  if (positives === 0) return null;
  const sorted = [...items].sort((a, b) => b.score - a.score || Number(a.positive) - Number(b.positive));
  let hits = 0;
  let sum = 0;
  sorted.forEach((item, i) => {
    if (item.positive) {
      hits++;
      sum += hits / (i + 1);
    }
  });
  return sum / positives;
}

/** The best precision among thresholds whose recall is at least `recall`; null without positives. */
export function precisionAtRecall(items: ReadonlyArray<{ score: number; positive: boolean }>, recall: number): number | null {
  const positives = items.filter((i) => i.positive).length;
  if (positives === 0) return null;
  const sorted = [...items].sort((a, b) => b.score - a.score || Number(a.positive) - Number(b.positive));
  let hits = 0;
  let best = 0;
  sorted.forEach((item, i) => {
    if (item.positive) hits++;
    const next = sorted[i + 1];
    // Only cut between different scores: a threshold cannot split a tie.
    if (next !== undefined && next.score === item.score) return;
    if (hits / positives >= recall) best = Math.max(best, hits / (i + 1));
  });
  return best;
}

/** Precision, recall and F1 at each distinct threshold, for choosing the "not found" cut. */
export function prCurve(items: ReadonlyArray<{ score: number; positive: boolean }>): Array<{ threshold: number; precision: number; recall: number; f1: number }> {
  const positives = items.filter((i) => i.positive).length;
  const sorted = [...items].sort((a, b) => b.score - a.score);
  const out: Array<{ threshold: number; precision: number; recall: number; f1: number }> = [];
  let hits = 0;
  sorted.forEach((item, i) => {
    if (item.positive) hits++;
    const next = sorted[i + 1];
    if (next !== undefined && next.score === item.score) return;
    const precision = hits / (i + 1);
    const recall = positives === 0 ? 0 : hits / positives;
    out.push({ threshold: item.score, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) });
  });
  return out;
}

export function mean(values: ReadonlyArray<number | null>): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length === 0 ? null : present.reduce((a, b) => a + b, 0) / present.length;
}
