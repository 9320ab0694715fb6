import type { DraftClause } from './draft-clause';

/**
 * Clauses that are only a heading ("ARTICLE 1 DEFINITIONS", "General Conditions") join
 * the clause they head, so that a search never returns a bare title: an unnumbered
 * heading joins whatever follows, a numbered one only its own first sub-clause, and a
 * chain of them ("ARTICLE 1" › "1.1 General" › "(a) …") folds into the first clause with
 * text. The merged clause keeps the number of that clause and, if it has no heading
 * of its own, the nearest title above it.
 */
export function mergeFragments(drafts: readonly DraftClause[]): DraftClause[] {
  const reversed: DraftClause[] = [];
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!;
    const next = reversed.at(-1);
    if (next && isHeadingOnly(d) && heads(d, next)) {
      reversed[reversed.length - 1] = { ...next, start: d.start, heading: next.heading ?? d.heading };
    } else {
      reversed.push(d);
    }
  }
  return reversed.reverse();
}

function isHeadingOnly(d: DraftClause): boolean {
  return (d.kind === 'marker' || d.kind === 'heading' || d.kind === 'exhibit') && d.bodyStart >= d.end;
}

/**
 * An unnumbered heading heads whatever follows; an exhibit title only unnumbered text
 * (its own numbered items stand alone); a numbered one only its own sub-clauses.
 */
function heads(h: DraftClause, target: DraftClause): boolean {
  if (h.kind === 'exhibit') return target.number === null;
  if (h.number === null) return true;
  return target.path.length > h.path.length && h.path.every((p, k) => target.path[k] === p);
}
