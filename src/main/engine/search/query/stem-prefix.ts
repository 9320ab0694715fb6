/**
 * A rough common root for a word's derivations, searched as an FTS5 prefix, so that
 * "indemnification" also finds "indemnify"/"indemnified" and "assignment" finds
 * "assign"/"assignee". FTS5's Porter stemmer keeps such pairs apart. Returns null when
 * the word is too short for a safe root.
 */
const SUFFIXES = [
  'ifications', 'ification', 'izations', 'ization', 'ational', 'ations', 'ation', 'itions', 'ition',
  'nesses', 'ness', 'ments', 'ment', 'ities', 'ity', 'ively', 'ive', 'ings', 'ing', 'ables', 'able',
  'ibles', 'ible', 'ances', 'ance', 'ences', 'ence', 'ants', 'ant', 'ents', 'ent', 'ers', 'er', 'ors', 'or',
  'ees', 'ee', 'ies', 'ied', 'ed', 'es', 'al', 'ly', 'y', 's', 'e',
];
const MIN_ROOT = 5;

export function stemPrefix(word: string): string | null {
  if (word.length < MIN_ROOT + 2 || /\d/.test(word)) return null;
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= MIN_ROOT) {
      return word.slice(0, word.length - suffix.length);
    }
  }
  return null;
}
