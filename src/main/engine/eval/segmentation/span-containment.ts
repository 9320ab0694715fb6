/** Whether a gold character span falls inside one clause: the core test of the segmentation metric. */

export interface Span {
  charStart: number;
  charEnd: number;
}

/** Shrinks [start, end) past leading and trailing whitespace; gold quotes may carry some. */
export function trimSpan(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return [s, e];
}

/**
 * Index of the clause holding all of [start, end), or -1.
 * `clauses` must be sorted and non-overlapping, as segmentClauses returns them.
 */
export function findContainingClause(clauses: readonly Span[], start: number, end: number): number {
  let lo = 0;
  let hi = clauses.length - 1;
  // Last clause whose charStart <= start.
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (clauses[mid]!.charStart <= start) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  if (found < 0) return -1;
  return clauses[found]!.charEnd >= end ? found : -1;
}
