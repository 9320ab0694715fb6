/**
 * Groups items into batches of at most `batchSize`, shortest first. A batch is padded to
 * its longest input and attention cost grows with the square of that length, so keeping
 * similar lengths together wastes the least compute on padding. The sort is stable: equal
 * lengths keep their input order.
 */
export function batchByLength<T>(items: readonly T[], batchSize: number, lengthOf: (item: T) => number): T[][] {
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error(`Batch size must be a positive integer, got ${batchSize}.`);
  const sorted = items
    .map((item, order) => ({ item, order, length: lengthOf(item) }))
    .sort((x, y) => x.length - y.length || x.order - y.order);
  const batches: T[][] = [];
  for (let i = 0; i < sorted.length; i += batchSize) {
    batches.push(sorted.slice(i, i + batchSize).map((s) => s.item));
  }
  return batches;
}
