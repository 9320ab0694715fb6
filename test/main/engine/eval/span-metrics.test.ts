import { describe, expect, it } from 'vitest';
import { charPrecision, charRecall, countOverlappingPairs, type CharSpan } from '../../../../src/main/engine/eval/span-metrics';

const span = (filePath: string, start: number, end: number): CharSpan => ({ filePath, start, end });
const gold = [span('cuad/A.txt', 10, 20)];

describe('LegalBench-RAG character-level precision and recall', () => {
  it('counts the characters a hit shares with gold', () => {
    const hits = [span('cuad/A.txt', 15, 30)];
    expect(charPrecision(hits, gold)).toBeCloseTo(5 / 15, 12);
    expect(charRecall(hits, gold)).toBeCloseTo(5 / 10, 12);
  });

  it('gives adjacent spans no overlap (spans are [start, end))', () => {
    expect(charPrecision([span('cuad/A.txt', 20, 30)], gold)).toBe(0);
    expect(charRecall([span('cuad/A.txt', 0, 10)], gold)).toBe(0);
  });

  it('only counts overlap within the same file', () => {
    const hits = [span('cuad/B.txt', 10, 20)];
    expect(charPrecision(hits, gold)).toBe(0);
    expect(charRecall(hits, gold)).toBe(0);
  });

  it('sums over several hits and several gold spans in different files', () => {
    const g = [span('privacy_qa/P.txt', 0, 10), span('privacy_qa/Q.txt', 0, 10)];
    const hits = [span('privacy_qa/Q.txt', 5, 15), span('privacy_qa/P.txt', 100, 110)];
    expect(charPrecision(hits, g)).toBeCloseTo(5 / 20, 12);
    expect(charRecall(hits, g)).toBeCloseTo(5 / 20, 12);
  });

  it('does not merge overlapping hits, as upstream: shared characters count twice', () => {
    const hits = [span('cuad/A.txt', 10, 20), span('cuad/A.txt', 10, 20)];
    expect(charPrecision(hits, gold)).toBe(1);
    expect(charRecall(hits, gold)).toBe(2);
    expect(countOverlappingPairs(hits)).toBe(1);
    expect(countOverlappingPairs([span('cuad/A.txt', 0, 10), span('cuad/A.txt', 10, 20), span('cuad/B.txt', 0, 10)])).toBe(0);
  });

  it('scores 0 when nothing (or only empty spans) is retrieved', () => {
    expect(charPrecision([], gold)).toBe(0);
    expect(charRecall([], gold)).toBe(0);
    expect(charPrecision([span('cuad/A.txt', 12, 12)], gold)).toBe(0);
  });
});
