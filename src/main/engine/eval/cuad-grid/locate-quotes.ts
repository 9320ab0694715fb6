/**
 * Finds CUAD gold quotes in a contract's text. A quote with "<omitted>" is several parts,
 * each located on its own. Exact match first, then a match that ignores differences in
 * white space; a part that is not found is reported, not guessed.
 */

export interface Span {
  start: number;
  end: number;
}

export function quoteParts(quote: string): string[] {
  return quote
    .split(/<omitted>/i)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

export function locateQuote(text: string, part: string): Span | null {
  const exact = text.indexOf(part);
  if (exact >= 0) return { start: exact, end: exact + part.length };
  const tokens = part.split(/\s+/).filter((t) => t !== '');
  if (tokens.length === 0) return null;
  const pattern = new RegExp(tokens.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'));
  const m = pattern.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

/** Every located part of every quote, and how many parts could not be found. */
export function locateQuotes(text: string, quotes: readonly string[]): { spans: Span[]; missing: number } {
  const spans: Span[] = [];
  let missing = 0;
  for (const quote of quotes) {
    for (const part of quoteParts(quote)) {
      const span = locateQuote(text, part);
      if (span) spans.push(span);
      else missing++;
    }
  }
  return { spans, missing };
}

/** A clause is a hit when it covers at least half of one gold span. */
export function coversHalf(clause: Span, gold: Span): boolean {
  const overlap = Math.min(clause.end, gold.end) - Math.max(clause.start, gold.start);
  return overlap > 0 && overlap * 2 >= gold.end - gold.start;
}
