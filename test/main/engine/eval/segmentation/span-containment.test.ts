import { describe, expect, it } from 'vitest';
import { findContainingClause, trimSpan } from '../../../../../src/main/engine/eval/segmentation/span-containment';

describe('trimSpan', () => {
  it('drops surrounding whitespace of a gold quote', () => {
    expect(trimSpan('ab  cd \n', 2, 8)).toEqual([4, 6]);
    expect(trimSpan('   ', 0, 3)).toEqual([3, 3]);
  });
});

describe('findContainingClause', () => {
  const clauses = [
    { charStart: 0, charEnd: 10 },
    { charStart: 12, charEnd: 20 },
    { charStart: 20, charEnd: 30 },
  ];

  it('finds the one clause that holds a span', () => {
    expect(findContainingClause(clauses, 0, 10)).toBe(0);
    expect(findContainingClause(clauses, 13, 19)).toBe(1);
    expect(findContainingClause(clauses, 20, 30)).toBe(2);
  });

  it('returns -1 for spans across a boundary or outside every clause', () => {
    expect(findContainingClause(clauses, 8, 14)).toBe(-1);
    expect(findContainingClause(clauses, 19, 21)).toBe(-1);
    expect(findContainingClause(clauses, 10, 12)).toBe(-1);
    expect(findContainingClause([], 0, 1)).toBe(-1);
  });
});
