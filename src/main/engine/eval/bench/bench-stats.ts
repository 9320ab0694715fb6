/** Order statistics and rates for timings; pure so the tests can pin the arithmetic. */

export interface Distribution {
  n: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
}

/**
 * The p-th percentile (0..100) by linear interpolation between closest ranks
 * (numpy's default), so p50 of an even count is the mean of the middle two.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  if (!(p >= 0 && p <= 100)) throw new RangeError(`Percentile must be within 0..100, not ${p}.`);
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

export function distribution(values: readonly number[]): Distribution {
  const n = values.length;
  return {
    n,
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    max: n === 0 ? Number.NaN : Math.max(...values),
    mean: n === 0 ? Number.NaN : values.reduce((s, v) => s + v, 0) / n,
  };
}

/** Items per second; NaN when no time was measured, so a bad run never reads as infinitely fast. */
export function perSecond(count: number, ms: number): number {
  return ms > 0 ? count / (ms / 1000) : Number.NaN;
}

/**
 * The index of the run whose time is the median (the lower middle for an even count),
 * so per-file detail comes from a typical run rather than the fastest or slowest.
 */
export function medianRunIndex(runMs: readonly number[]): number {
  if (runMs.length === 0) throw new RangeError('No runs to choose from.');
  const order = runMs.map((ms, i) => ({ ms, i })).sort((a, b) => a.ms - b.ms);
  return order[Math.floor((order.length - 1) / 2)]!.i;
}
