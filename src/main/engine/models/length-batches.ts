/**
 * Batches of similar length: every row of a batch is padded to its longest, so grouping
 * inputs by token count wastes little compute on padding. Longest first, so a batch that
 * will not fit in memory fails at once rather than at the end.
 */
export function lengthBatches(lengths: readonly number[], batchSize: number): number[][] {
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batch size must be a positive integer, not ${batchSize}`);
  const order = lengths.map((_, i) => i).sort((x, y) => lengths[y]! - lengths[x]! || x - y);
  const batches: number[][] = [];
  for (let i = 0; i < order.length; i += batchSize) batches.push(order.slice(i, i + batchSize));
  return batches;
}
