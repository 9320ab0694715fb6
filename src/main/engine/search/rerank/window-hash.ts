import { createHash } from 'node:crypto';

/**
 * sha256 of a window's token ids (each a little-endian uint32). Ids, not text: they are
 * exactly what the model reads, so two clauses with the same boilerplate share scores,
 * and a window is keyed the same however its characters were spaced or cased. The model
 * id, part of the cache key, pins the vocabulary the ids come from.
 */
export function windowHash(ids: readonly number[]): Buffer {
  const bytes = Buffer.allocUnsafe(ids.length * 4);
  ids.forEach((id, i) => bytes.writeUInt32LE(id, i * 4));
  return createHash('sha256').update(bytes).digest();
}
