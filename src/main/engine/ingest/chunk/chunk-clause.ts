import type { ChunkSpan } from '../types';
import { splitPieces, type Pieces } from './estimate-tokens';

export { estimateTokens } from './estimate-tokens';

export interface ChunkOptions {
  /** Largest window, in estimated WordPiece tokens. */
  maxTokens?: number;
  /** Tokens a window repeats from the end of the one before, so no sentence is only ever seen cut. */
  overlapTokens?: number;
}

export const DEFAULT_MAX_TOKENS = 256;
export const DEFAULT_OVERLAP_TOKENS = 32;

/**
 * Cuts one clause into windows the models can read: each at most `maxTokens`
 * (estimated), consecutive windows sharing about `overlapTokens`, ends snapped to a
 * sentence end where one is near and otherwise to a word boundary. Windows are offsets
 * into the document text, stay inside the clause, and together cover all of its text.
 */
export function chunkClause(
  text: string,
  clause: { charStart: number; charEnd: number },
  options: ChunkOptions = {},
): ChunkSpan[] {
  const maxTokens = Math.max(1, options.maxTokens ?? DEFAULT_MAX_TOKENS);
  const overlap = Math.min(Math.max(0, options.overlapTokens ?? DEFAULT_OVERLAP_TOKENS), Math.floor(maxTokens / 2));
  const pieces = splitPieces(text, clause.charStart, clause.charEnd);
  const n = pieces.starts.length;
  if (n === 0) return [{ charStart: clause.charStart, charEnd: clause.charEnd }];
  const whole = { charStart: pieces.starts[0]!, charEnd: pieces.ends[n - 1]! };
  if (Math.ceil(sum(pieces.tokens, 0, n)) <= maxTokens) return [whole];

  const chunks: ChunkSpan[] = [];
  let first = 0;
  for (;;) {
    const last = windowEnd(text, pieces, first, maxTokens);
    if (last < first) {
      // One piece longer than a window (a run of thousands of letters): cut it by characters.
      chunks.push(...cutPiece(pieces, first, maxTokens));
      first++;
    } else {
      chunks.push({ charStart: pieces.starts[first]!, charEnd: pieces.ends[last]! });
      if (last === n - 1) break;
      first = nextStart(text, pieces, first, last, overlap);
    }
    if (first >= n) break;
  }
  return chunks;
}

/** The last piece of a window starting at `first`: as far as fits, pulled back to a sentence or word end. */
function windowEnd(text: string, p: Pieces, first: number, maxTokens: number): number {
  let total = 0;
  let last = first - 1;
  while (last + 1 < p.starts.length && Math.ceil(total + p.tokens[last + 1]!) <= maxTokens) {
    total += p.tokens[++last]!;
  }
  if (last === p.starts.length - 1 || last < first) return last;
  // A sentence end in the second half of the window, else a piece followed by a space.
  const half = first + Math.floor((last - first) / 2);
  for (let k = last; k > half; k--) if (endsSentence(text, p, k)) return k;
  for (let k = last; k > first; k--) if (spaceAfter(p, k)) return k;
  return last;
}

/** Where the next window starts: back from `last` by up to `overlap` tokens, at a sentence or word start. */
function nextStart(text: string, p: Pieces, first: number, last: number, overlap: number): number {
  let start = last + 1;
  let total = 0;
  while (start - 1 > first && total + p.tokens[start - 1]! <= overlap) total += p.tokens[--start]!;
  for (let k = start; k <= last; k++) if (k > 0 && endsSentence(text, p, k - 1)) return k;
  for (let k = start; k <= last + 1; k++) if (k === last + 1 || spaceBefore(p, k)) return k;
  return last + 1;
}

function cutPiece(p: Pieces, i: number, maxTokens: number): ChunkSpan[] {
  const s = p.starts[i]!;
  const e = p.ends[i]!;
  const parts = Math.ceil(p.tokens[i]! / maxTokens);
  const step = Math.ceil((e - s) / parts);
  const out: ChunkSpan[] = [];
  for (let a = s; a < e; a += step) out.push({ charStart: a, charEnd: Math.min(e, a + step) });
  return out;
}

function endsSentence(text: string, p: Pieces, k: number): boolean {
  const ch = text[p.starts[k]!]!;
  return (ch === '.' || ch === ';' || ch === '!' || ch === '?' || ch === ':') && spaceAfter(p, k);
}

function spaceAfter(p: Pieces, k: number): boolean {
  return k + 1 >= p.starts.length || p.starts[k + 1]! > p.ends[k]!;
}

function spaceBefore(p: Pieces, k: number): boolean {
  return k === 0 || p.starts[k]! > p.ends[k - 1]!;
}

function sum(values: number[], from: number, to: number): number {
  let total = 0;
  for (let i = from; i < to; i++) total += values[i]!;
  return total;
}
