/** Deterministic query folds for cross-validation: a seeded shuffle, then round-robin. */

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** fold[i] in 0..k-1 for query i; folds differ in size by at most one. */
export function assignFolds(count: number, k: number, seed: number): number[] {
  if (!Number.isInteger(k) || k < 2 || k > count) throw new Error(`Cross-validation needs 2 to ${count} folds; got ${k}.`);
  const order = Array.from({ length: count }, (_, i) => i);
  const random = mulberry32(seed);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const fold = new Array<number>(count);
  order.forEach((query, position) => (fold[query] = position % k));
  return fold;
}
