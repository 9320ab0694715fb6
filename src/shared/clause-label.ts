/**
 * How a clause is named on cards and in citations: in full ("§ 7.2(b)", never a bare
 * "(b)"), and by its parent's heading when its own "heading" is really a fragment of a
 * sentence ("Perform", "months following the …").
 */

/** path ["7", "7.2", "(b)"] → "§ 7.2(b)"; non-numeric numbers ("IV") stay as written. */
export function fullClauseLabel(number: string | null, path: readonly string[] | undefined): string | null {
  if (!number) return null;
  const parts = path && path.length > 0 ? path : [number];
  let anchor = parts.length - 1;
  while (anchor > 0 && parts[anchor]!.startsWith('(')) anchor--;
  const label = parts.slice(anchor).join('');
  return /^\d/.test(label) ? `§ ${label}` : label;
}

const TRAILING_CONNECTOR = /\b(the|a|an|of|and|or|to|in|on|for|by|with|following|under|that|which|as|at|from|than|such)$/i;

/** Whether a heading is a piece of running text rather than a heading. */
export function isHeadingFragment(heading: string | null, number: string | null): boolean {
  if (!heading) return false;
  const text = heading.trim();
  if (/^\p{Ll}/u.test(text) || /(…|\.\.\.)$/.test(text) || TRAILING_CONNECTOR.test(text)) return true;
  if (text.split(/\s+/).length > 10) return true;
  // A lettered sub-paragraph "headed" by one word is a sentence that begins with it: "(b) Perform the Services…".
  return !!number && number.startsWith('(') && !/\s/.test(text) && !/[.:]$/.test(text);
}

/** The heading a card shows: the clause's own, or its parent's when its own is a fragment. */
export function displayHeading(heading: string | null, number: string | null, parentHeading: string | null | undefined): string | null {
  if (!isHeadingFragment(heading, number)) return heading;
  return parentHeading && !isHeadingFragment(parentHeading, null) ? parentHeading : null;
}
