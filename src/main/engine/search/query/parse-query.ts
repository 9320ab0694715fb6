import { QueryError } from '../../../../shared/errors';

/**
 * A user's query reduced to plain data: words, "quoted phrases" and section references.
 * Nothing here is FTS5 syntax; operators the user typed (AND, NEAR(, *, ^, column:) are
 * just characters and end up as words or are dropped as punctuation.
 */
export interface ParsedQuery {
  /** Lower-cased words in query order, without duplicates. */
  terms: string[];
  /** Each phrase as its words, from "quoted text" and section references like 4.2(b). */
  phrases: string[][];
}

/** More terms than this add recall noise and cost; a pasted paragraph keeps its first words. */
export const MAX_QUERY_TERMS = 64;
/** The part of a huge query that is read at all. */
export const MAX_QUERY_CHARS = 4000;

// Letters and digits in any script; everything else separates words, as in FTS5's unicode61.
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
// "Section 4.2", "4.2(b)", "12.3.1", "(iv)" kept together as one phrase.
const SECTION_REF = /\b\d+(?:\.\d+)+(?:\s*\([a-z0-9]{1,4}\))*|\b\d+\s*\([a-z0-9]{1,4}\)(?:\s*\([a-z0-9]{1,4}\))*/giu;

export function words(text: string): string[] {
  return (text.normalize('NFKC').toLowerCase().match(WORD) ?? []).filter((w) => w.length > 0);
}

export function parseQuery(input: string): ParsedQuery {
  const text = (input ?? '').slice(0, MAX_QUERY_CHARS);
  if (text.trim() === '') throw new QueryError('empty-query', 'Type something to search for.');

  const phrases: string[][] = [];
  // Balanced double quotes (straight or curly) make phrases; an unbalanced quote is ignored.
  const unquoted = text.replace(/["“”]([^"“”]*)["“”]/g, (_match, inner: string) => {
    const phraseWords = words(inner);
    if (phraseWords.length > 1) phrases.push(phraseWords);
    return ` ${inner} `;
  });
  for (const ref of unquoted.match(SECTION_REF) ?? []) {
    const refWords = words(ref);
    if (refWords.length > 1) phrases.push(refWords);
  }
  const terms = [...new Set(words(unquoted))].slice(0, MAX_QUERY_TERMS);
  if (terms.length === 0) {
    throw new QueryError('no-searchable-terms', 'The query has no words or numbers to search for; try plain words.');
  }
  return { terms, phrases: dedupePhrases(phrases) };
}

function dedupePhrases(phrases: string[][]): string[][] {
  const seen = new Set<string>();
  return phrases.filter((p) => {
    const key = p.join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
