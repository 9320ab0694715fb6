/** Mean of the values that are numbers; null ones (excluded queries) are skipped. NaN when none remain. */
export function meanOf(values: ReadonlyArray<number | null>): number {
  let sum = 0;
  let n = 0;
  for (const v of values) {
    if (v === null) continue;
    sum += v;
    n++;
  }
  return n === 0 ? Number.NaN : sum / n;
}

export function countNonNull(values: ReadonlyArray<number | null>): number {
  return values.filter((v) => v !== null).length;
}

