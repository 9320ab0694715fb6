/**
 * Splits items into batches of at most `size`, shortest first, so each batch pads its
 * texts to a similar length: a batch costs as much as its longest member times its size.
 * Ties keep their original order, so batches are deterministic.
 */
export function batchesBySimilarLength<T>(items: readonly T[], size: number, length: (item: T) => number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`A batch size must be a whole number of at least 1; got ${size}.`);
  const sorted = items
    .map((item, index) => ({ item, index, length: length(item) }))
    .sort((a, b) => a.length - b.length || a.index - b.index)
    .map((entry) => entry.item);
  const batches: T[][] = [];
  for (let i = 0; i < sorted.length; i += size) batches.push(sorted.slice(i, i + size));
  return batches;
}
