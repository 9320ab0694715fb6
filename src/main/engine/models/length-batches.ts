/**
 * Batches of similar length: every row of a batch is padded to its longest, and attention
 * cost grows with the square of that length, so grouping inputs by token count wastes
 * little compute on padding. The sort is stable: equal lengths keep their input order.
 * The one batching rule for the embedder, the scorer, the embedding phase and re-ranking.
 */
export function batchByLength<T>(
  items: readonly T[],
  batchSize: number,
  lengthOf: (item: T) => number,
  order: 'shortest-first' | 'longest-first' = 'shortest-first',
): T[][] {
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new RangeError(`Batch size must be a positive integer, got ${batchSize}.`);
  }
  const sign = order === 'shortest-first' ? 1 : -1;
  const sorted = items
    .map((item, index) => ({ item, index, length: lengthOf(item) }))
    .sort((x, y) => sign * (x.length - y.length) || x.index - y.index);
  const batches: T[][] = [];
  for (let i = 0; i < sorted.length; i += batchSize) batches.push(sorted.slice(i, i + batchSize).map((s) => s.item));
  return batches;
}

/**
 * Indices of `lengths` in batches, longest first, so a batch that will not fit in memory
 * fails at once rather than at the end.
 */
export function lengthBatches(lengths: readonly number[], batchSize: number): number[][] {
  return batchByLength(lengths.map((_, i) => i), batchSize, (i) => lengths[i]!, 'longest-first');
}
