import { describe, expect, it } from 'vitest';
import { chunkClause, estimateTokens } from '../../../../../src/main/engine/ingest/chunk/chunk-clause';
import type { ChunkSpan } from '../../../../../src/main/engine/ingest/types';

/** Checks bounds, size, order, overlap and coverage of the chunks of text[start, end). */
function checkChunks(text: string, start: number, end: number, chunks: ChunkSpan[], maxTokens: number): void {
  expect(chunks.length).toBeGreaterThan(0);
  let covered = start;
  for (const [i, c] of chunks.entries()) {
    expect(c.charStart).toBeGreaterThanOrEqual(start);
    expect(c.charEnd).toBeLessThanOrEqual(end);
    expect(c.charEnd).toBeGreaterThan(c.charStart);
    expect(estimateTokens(text.slice(c.charStart, c.charEnd))).toBeLessThanOrEqual(maxTokens);
    // Nothing but whitespace may fall between one chunk's end and the next chunk's start.
    expect(text.slice(covered, Math.max(covered, c.charStart)).trim()).toBe('');
    if (i > 0) expect(c.charStart).toBeGreaterThan(chunks[i - 1]!.charStart);
    covered = Math.max(covered, c.charEnd);
  }
  expect(text.slice(covered, end).trim()).toBe('');
}

const SENTENCES = Array.from(
  { length: 60 },
  (_, i) => `The Licensee shall pay royalty instalment number ${i + 1} within thirty days after the end of each quarter.`,
).join(' ');

describe('chunkClause', () => {
  it('returns a short clause as one chunk', () => {
    const text = 'Preamble. 5.2 Force Majeure. Neither party is liable for delay. Next.';
    const clause = { charStart: 10, charEnd: 63 };
    expect(chunkClause(text, clause)).toEqual([clause]);
  });

  it('cuts a long clause into windows within size, overlapping, covering it all', () => {
    const text = `Intro text. ${SENTENCES} Outro text.`;
    const clause = { charStart: 12, charEnd: 12 + SENTENCES.length };
    const chunks = chunkClause(text, clause);
    expect(chunks.length).toBeGreaterThan(2);
    checkChunks(text, clause.charStart, clause.charEnd, chunks, 256);
    expect(chunks[0]!.charStart).toBe(clause.charStart);
    expect(chunks.at(-1)!.charEnd).toBe(clause.charEnd);
    // Consecutive windows share text: the overlap.
    for (let i = 1; i < chunks.length; i++) expect(chunks[i]!.charStart).toBeLessThan(chunks[i - 1]!.charEnd);
  });

  it('snaps window edges to sentence ends where it can', () => {
    const chunks = chunkClause(SENTENCES, { charStart: 0, charEnd: SENTENCES.length }, { maxTokens: 100, overlapTokens: 20 });
    checkChunks(SENTENCES, 0, SENTENCES.length, chunks, 100);
    for (const c of chunks) {
      expect(SENTENCES[c.charEnd - 1]).toBe('.');
      expect(SENTENCES[c.charStart]).toBe('T');
    }
  });

  it('falls back to word boundaries in text without sentence ends', () => {
    const text = Array.from({ length: 400 }, (_, i) => `item${i % 7} widget`).join(' ');
    const chunks = chunkClause(text, { charStart: 0, charEnd: text.length }, { maxTokens: 64, overlapTokens: 8 });
    checkChunks(text, 0, text.length, chunks, 64);
    for (const c of chunks) {
      expect(/\s/.test(text[c.charStart - 1] ?? ' ')).toBe(true);
      expect(/\s/.test(text[c.charEnd] ?? ' ')).toBe(true);
    }
  });

  it('works without overlap and with a word longer than a window', () => {
    const text = `${'a'.repeat(3000)} end of the clause.`;
    const chunks = chunkClause(text, { charStart: 0, charEnd: text.length }, { maxTokens: 32, overlapTokens: 0 });
    expect(chunks[0]!.charStart).toBe(0);
    expect(chunks.at(-1)!.charEnd).toBe(text.length);
    let covered = 0;
    for (const c of chunks) {
      expect(c.charStart).toBeLessThanOrEqual(covered + 1);
      covered = Math.max(covered, c.charEnd);
    }
  });

  it('returns the clause itself when it holds no text', () => {
    expect(chunkClause('   ', { charStart: 0, charEnd: 3 })).toEqual([{ charStart: 0, charEnd: 3 }]);
  });
});
