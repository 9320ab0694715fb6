/** Number and name formatting for the bench tables: fixed precision so columns line up run to run. */

/** Durations: sub-millisecond query timings keep two decimals, long ingests read in seconds. */
export function fmtMs(ms: number): string {
  if (!Number.isFinite(ms)) return 'n/a';
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  return `${ms.toFixed(2)} ms`;
}

/** Rates with three significant figures or whole numbers, whichever is longer. */
export function fmtRate(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  if (value >= 100) return Math.round(value).toLocaleString('en-US');
  return value.toPrecision(3);
}

/** Bytes in decimal megabytes (10^6), the unit of the MB/s column. */
export function fmtMB(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

export function fmtRatio(ratio: number | null): string {
  return ratio === null || !Number.isFinite(ratio) ? 'n/a' : `${ratio.toFixed(1)}×`;
}

/** Long contract file names cut in the middle, keeping the distinctive start and the extension. */
export function shortName(name: string, max = 44): string {
  if (name.length <= max) return name;
  const tail = Math.min(12, Math.floor((max - 1) / 3));
  return `${name.slice(0, max - 1 - tail)}…${name.slice(name.length - tail)}`;
}

/** GFLOP/s (or GFLOP) with one decimal: the precision a timing on a busy laptop supports. */
export function fmtGflops(value: number): string {
  return Number.isFinite(value) ? value.toFixed(1) : 'n/a';
}

/** A share of a whole as a percent with no decimals ("63%"); n/a without a whole to divide by. */
export function fmtPercentOf(part: number, whole: number): string {
  const share = (100 * part) / whole;
  return Number.isFinite(share) && whole > 0 ? `${Math.round(share)}%` : 'n/a';
}
