import type { PendingChunk } from './chunk-source';

/**
 * The text the bi-encoder reads for a chunk. A clause's first window already starts with
 * its number and heading; later windows of a long clause get "Heading: " in front so a
 * window deep inside "Indemnification" still carries its topic. Kept this simple because
 * no pretrained weights are available here to measure richer variants (document title,
 * hierarchy path) on ACORD; the embedding input is in one place so that can change.
 */
export function modelInput(chunk: Pick<PendingChunk, 'text' | 'heading' | 'firstOfClause'>): string {
  const heading = chunk.heading?.trim();
  return chunk.firstOfClause || !heading ? chunk.text : `${heading}: ${chunk.text}`;
}
