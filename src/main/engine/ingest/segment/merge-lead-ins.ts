import type { DraftClause } from './draft-clause';

/**
 * A clause that ends with a colon ("… on the following conditions:") is a sentence
 * whose end is the list under it. When the lead-in and its items are short enough to
 * read as one clause, they become one: the lead-in alone would mean nothing.
 */
export function mergeLeadIns(text: string, drafts: readonly DraftClause[], maxChars: number): DraftClause[] {
  const out: DraftClause[] = [];
  let i = 0;
  while (i < drafts.length) {
    const lead = drafts[i]!;
    let j = i + 1;
    if (endsWithColon(text, lead)) {
      while (j < drafts.length && isUnder(drafts[j]!, lead) && drafts[j]!.end - lead.start <= maxChars) j++;
      // All the items or none: half a list would cut the sentence anyway.
      if (j < drafts.length && isUnder(drafts[j]!, lead)) j = i + 1;
    }
    out.push(j > i + 1 ? { ...lead, end: drafts[j - 1]!.end } : lead);
    i = j;
  }
  return out;
}

function endsWithColon(text: string, d: DraftClause): boolean {
  return /:["”’)\]]?$/.test(text.slice(Math.max(d.start, d.end - 3), d.end));
}

/**
 * Items of the lead-in's list. Under a numbered clause, its sub-clauses; under an
 * unnumbered paragraph ("… agree as follows:"), only a plain list ("(a)", "A.", "1)")
 * one level down: sections and articles after a preamble are not its items.
 */
function isUnder(d: DraftClause, lead: DraftClause): boolean {
  if (d.number === null) return false;
  if (lead.number === null) return d.path.length === lead.path.length + 1 && isListNumber(d.number) && startsWith(d.path, lead.path);
  return d.path.length > lead.path.length && startsWith(d.path, lead.path);
}

function isListNumber(n: string): boolean {
  return /^\(?[A-Za-z]{1,5}\)?$|^\(\d{1,3}\)$/.test(n);
}

function startsWith(path: readonly string[], prefix: readonly string[]): boolean {
  return prefix.every((p, k) => path[k] === p);
}
