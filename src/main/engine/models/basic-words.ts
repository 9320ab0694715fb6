/**
 * BERT's basic tokenizer split, done on the original text so that every word keeps its
 * [start, end) span: transformers.js returns ids but no offsets, so the tokenizer
 * word-pieces each word through the library and gives its pieces the word's span.
 *
 * The rules mirror the library's BertNormalizer + BertPreTokenizer (@huggingface/tokenizers
 * 0.2): whitespace separates, each punctuation character and each BMP CJK ideograph is a
 * word of its own, and characters the normalizer deletes (controls, format characters
 * such as soft hyphen or U+FEFF, \f and \v) join their neighbours instead of separating
 * them. Splitting where the library would not changes the ids, so when in doubt this code
 * does not split: the library splits inside a word anyway, so ids stay equal.
 */

export interface WordSpan {
  text: string;
  start: number;
  end: number;
}

/** The library's PUNCTUATION_REGEX: Unicode P* plus all ASCII symbols. */
const PUNCTUATION = /^[\p{P}\u0021-\u002F\u003A-\u0040\u005B-\u0060\u007B-\u007E]$/u;
/** Deleted by the normalizer's clean_text (tab, LF and CR are whitespace instead). */
const DELETED = /^[\p{Cc}\p{Cf}\p{Co}\p{Cs}\u0000\uFFFD]$/u;
const WHITESPACE = /^\s$/;

/** word: part of a word; space: separates words; single: a word by itself. */
type Kind = 'word' | 'space' | 'single';

/** The library pads CJK ideographs with spaces, testing UTF-16 units, so astral ones are not split. */
function isCjkUnit(cp: number): boolean {
  return (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0xf900 && cp <= 0xfaff);
}

/** Kinds of the ASCII range, precomputed: contract text is mostly ASCII. */
const ASCII_KIND: Kind[] = Array.from({ length: 128 }, (_, cp) => classify(String.fromCharCode(cp), cp));

/** Removed by the normalizer before anything else looks at the text. */
export function isDeletedByNormalizer(ch: string): boolean {
  return ch !== '\t' && ch !== '\n' && ch !== '\r' && DELETED.test(ch);
}

function classify(ch: string, cp: number): Kind {
  if (ch === '\t' || ch === '\n' || ch === '\r') return 'space';
  if (DELETED.test(ch)) return 'word';
  if (WHITESPACE.test(ch)) return 'space';
  if (isCjkUnit(cp) || PUNCTUATION.test(ch)) return 'single';
  return 'word';
}

/** The words of `text` in order, each with its span in `text` (UTF-16 offsets). */
export function basicWords(text: string): WordSpan[] {
  const words: WordSpan[] = [];
  let start = -1;
  const close = (end: number): void => {
    if (start >= 0) words.push({ text: text.slice(start, end), start, end });
    start = -1;
  };
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const kind = cp < 128 ? ASCII_KIND[cp]! : classify(text.slice(i, i + width), cp);
    if (kind === 'word') {
      if (start < 0) start = i;
    } else {
      close(i);
      if (kind === 'single') words.push({ text: text.slice(i, i + width), start: i, end: i + width });
    }
    i += width;
  }
  close(text.length);
  return words;
}
