/**
 * Builds FTS5 MATCH expressions from parsed words. Every word is emitted as a quoted
 * string with internal quotes doubled, so nothing the user typed is ever read by FTS5
 * as an operator, column filter, prefix or NEAR group.
 */

export function quoteFtsString(word: string): string {
  return `"${word.replace(/"/g, '""')}"`;
}

/** A phrase: its words must appear consecutively. */
export function ftsPhrase(phraseWords: readonly string[]): string {
  return quoteFtsString(phraseWords.join(' '));
}

/** Any of the alternatives matches. */
export function ftsAny(parts: readonly string[]): string {
  return parts.length === 1 ? parts[0]! : `(${parts.join(' OR ')})`;
}

/** All of the parts must match. */
export function ftsAll(parts: readonly string[]): string {
  return parts.length === 1 ? parts[0]! : `(${parts.join(' AND ')})`;
}
