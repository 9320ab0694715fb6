import type { TokenizedText } from '../../models/types';

/** One cross-encoder input's worth of a clause: tokens [tokenStart, tokenEnd), chars [charStart, charEnd). */
export interface TokenWindow {
  tokenStart: number;
  tokenEnd: number;
  charStart: number;
  charEnd: number;
}

/** [CLS] query [SEP] window [SEP]. */
export const SPECIAL_TOKENS_PER_PAIR = 3;

/**
 * Queries are short ("cap on liability tied to fees paid" is 8 tokens); 64 tokens keep a
 * pasted sentence whole while leaving a 512-token model 445 tokens of clause per window.
 */
export const DEFAULT_QUERY_MAX_TOKENS = 64;

/**
 * Tokens shared by neighbouring windows. A sentence of up to this many tokens (about 45
 * words, most contract sentences) lies whole inside some window, so a boundary never
 * splits the sentence that answers the query. Costs one extra window per ~380 tokens.
 */
export const DEFAULT_OVERLAP_TOKENS = 64;

/**
 * How many query tokens a model of `maxLength` takes: the cap, but never more than half
 * the room, so tiny test models still get clause windows of a useful size.
 */
export function queryTokenLimit(maxLength: number, queryMaxTokens = DEFAULT_QUERY_MAX_TOKENS): number {
  const room = maxLength - SPECIAL_TOKENS_PER_PAIR;
  if (room < 2) throw new Error(`A cross-encoder with maxLength ${maxLength} has no room for a query and a passage.`);
  return Math.max(1, Math.min(queryMaxTokens, Math.floor(room / 2)));
}

/** W = maxLength − query tokens − 3: the clause tokens that fit beside the query. */
export function windowSize(maxLength: number, queryTokens: number): number {
  return maxLength - queryTokens - SPECIAL_TOKENS_PER_PAIR;
}

/**
 * Splits a tokenised clause into windows of at most `size` tokens that together cover
 * every token. Windows start every `size − overlap` tokens; the last one is moved back to
 * end at the clause's last token, so it is full-size and overlaps its neighbour by at
 * least `overlap` (a short tail read on its own would lack context). A clause of at most
 * `size` tokens, the empty clause included, is one window. Overlap is clamped to
 * size / 2 so windows always advance.
 */
export function planWindows(tokens: TokenizedText, size: number, overlap = DEFAULT_OVERLAP_TOKENS): TokenWindow[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`Window size must be a positive integer, got ${size}.`);
  const n = tokens.ids.length;
  if (n <= size) return [makeWindow(tokens, 0, n)];
  const step = size - Math.min(Math.max(0, Math.floor(overlap)), Math.floor(size / 2));
  const windows: TokenWindow[] = [];
  for (let start = 0; ; start += step) {
    if (start + size >= n) {
      windows.push(makeWindow(tokens, n - size, n));
      return windows;
    }
    windows.push(makeWindow(tokens, start, start + size));
  }
}

function makeWindow(tokens: TokenizedText, tokenStart: number, tokenEnd: number): TokenWindow {
  if (tokenEnd === tokenStart) return { tokenStart, tokenEnd, charStart: 0, charEnd: 0 };
  return {
    tokenStart,
    tokenEnd,
    charStart: tokens.offsets[tokenStart][0],
    charEnd: tokens.offsets[tokenEnd - 1][1],
  };
}
