/**
 * Greek capital sigma lower-cases to ς or σ depending on the letters around it (Unicode's
 * Final_Sigma rule), and the library lower-cases the whole text at once, so "ΟΔΟΣ'Α" and
 * "ΟΔΟΣ" word-piece differently. Words are word-pieced alone here, so each Σ is resolved
 * against the whole text first, as the library's normalizer would see it (after deleting
 * control and format characters).
 */
import { isDeletedByNormalizer } from './basic-words';

const CASED = /^\p{Cased}$/u;
const CASE_IGNORABLE = /^\p{Case_Ignorable}$/u;

/** `word` (found at `start` in `text`) with each Σ replaced by the ς or σ the library would produce. */
export function resolveFinalSigmas(text: string, word: string, start: number): string {
  if (!word.includes('Σ')) return word;
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    if (ch !== 'Σ') out += ch;
    else out += casedBefore(text, start + i) && !casedAfter(text, start + i + 1) ? 'ς' : 'σ';
  }
  return out;
}

/** A cased letter before `index`, skipping case-ignorable and deleted characters. */
function casedBefore(text: string, index: number): boolean {
  for (let i = index; i > 0; ) {
    const cp = text.codePointAt(i - 1)!;
    // Step back over a whole surrogate pair.
    const width = cp >= 0xdc00 && cp <= 0xdfff && i > 1 && text.charCodeAt(i - 2) >= 0xd800 && text.charCodeAt(i - 2) <= 0xdbff ? 2 : 1;
    const ch = text.slice(i - width, i);
    if (!skippable(ch)) return CASED.test(ch);
    i -= width;
  }
  return false;
}

/** A cased letter from `index` on, skipping case-ignorable and deleted characters. */
function casedAfter(text: string, index: number): boolean {
  for (let i = index; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    if (!skippable(ch)) return CASED.test(ch);
    i += ch.length;
  }
  return false;
}

function skippable(ch: string): boolean {
  return CASE_IGNORABLE.test(ch) || isDeletedByNormalizer(ch);
}
