/** Two or more clauses side by side: the first is the standard, every other one is diffed against it word by word. */
import type { ClauseWithDocument } from '../../../shared/api';
import { sameShare, wordDiff, type DiffRun } from '../../../shared/word-diff';

export interface ComparedClause {
  clause: ClauseWithDocument;
  /** Against the first clause; empty for the first itself. */
  diff: DiffRun[];
  /** Words in common with the first, 0..1 (1 for the first). */
  same: number;
}

export interface ClauseComparison {
  base: ClauseWithDocument;
  clauses: ComparedClause[];
}

export function compareClauses(clauses: readonly ClauseWithDocument[]): ClauseComparison {
  if (clauses.length < 2) throw new Error('Choose at least two clauses to compare.');
  const base = clauses[0]!;
  return {
    base,
    clauses: clauses.map((clause, i) => {
      if (i === 0) return { clause, diff: [], same: 1 };
      const diff = wordDiff(base.text, clause.text);
      return { clause, diff, same: sameShare(diff) };
    }),
  };
}
