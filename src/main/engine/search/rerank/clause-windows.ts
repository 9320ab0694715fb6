import type { TokenizedText } from '../../models/types';
import { planWindows, type TokenWindow } from './token-windows';
import { windowHash } from './window-hash';

/** A window with the token ids the model reads and the key the score cache knows it by. */
export interface KeyedWindow extends TokenWindow {
  ids: number[];
  /** Hex sha256 of `ids`. */
  key: string;
  hash: Buffer;
}

/** Cuts one tokenised clause into windows of `size` tokens and keys each one. */
export function keyedWindows(tokens: TokenizedText, size: number, overlap: number): KeyedWindow[] {
  return planWindows(tokens, size, overlap).map((window) => {
    const ids = tokens.ids.slice(window.tokenStart, window.tokenEnd);
    const hash = windowHash(ids);
    return { ...window, ids, hash, key: hash.toString('hex') };
  });
}
