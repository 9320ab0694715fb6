import type { SegmentedClause } from '../../../../../src/main/engine/ingest/types';

/**
 * The segmenter's contract, checked on any text: clauses in order, not overlapping,
 * trimmed, and together holding every non-space character. Returns the problems found.
 */
export function clauseInvariantProblems(text: string, clauses: readonly SegmentedClause[]): string[] {
  const problems: string[] = [];
  let prevEnd = 0;
  for (const [i, c] of clauses.entries()) {
    if (c.charStart < prevEnd) problems.push(`clause ${i} starts at ${c.charStart}, before the previous end ${prevEnd}`);
    if (c.charEnd <= c.charStart) problems.push(`clause ${i} is empty`);
    if (/\s/.test(text[c.charStart] ?? '') || /\s/.test(text[c.charEnd - 1] ?? '')) problems.push(`clause ${i} is not trimmed`);
    const gap = text.slice(prevEnd, c.charStart);
    if (/\S/.test(gap)) problems.push(`text before clause ${i} is in no clause: ${JSON.stringify(gap.slice(0, 40))}`);
    if (c.level < 0 || (c.number !== null && c.path.at(-1) === undefined)) problems.push(`clause ${i} has a bad level or path`);
    prevEnd = c.charEnd;
  }
  const tail = text.slice(prevEnd);
  if (/\S/.test(tail)) problems.push(`text after the last clause is in no clause: ${JSON.stringify(tail.slice(0, 40))}`);
  return problems;
}
