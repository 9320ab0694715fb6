import { describe, expect, it } from 'vitest';
import { crossValidate } from '../../../../../src/main/engine/eval/cv/cross-validate';
import { assignFolds } from '../../../../../src/main/engine/eval/cv/folds';
import { verdictOf } from '../../../../../src/main/engine/eval/cv/run-acord-cv';

describe('assignFolds', () => {
  it('puts every query in one fold, folds of near-equal size, the same for the same seed', () => {
    const folds = assignFolds(57, 5, 3);
    expect(folds).toHaveLength(57);
    const sizes = [0, 1, 2, 3, 4].map((f) => folds.filter((x) => x === f).length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    expect(assignFolds(57, 5, 3)).toEqual(folds);
    expect(assignFolds(57, 5, 4)).not.toEqual(folds);
  });

  it('refuses fold counts that cannot split the queries', () => {
    expect(() => assignFolds(4, 5, 1)).toThrow(/2 to 4 folds/);
    expect(() => assignFolds(10, 1, 1)).toThrow();
  });
});

describe('crossValidate', () => {
  it('chooses a candidate that is better everywhere in every fold, and its CV figure is its own mean', () => {
    const worse = Array.from({ length: 20 }, (_, i) => 0.2 + i / 100);
    const better = worse.map((x) => x + 0.1);
    const out = crossValidate([worse, better], 5, 3);
    expect(out.chosen).toEqual([0, 15]);
    expect(out.cv).toBeCloseTo(out.inSample[1]!, 10);
  });

  it('scores a candidate that wins in-sample on a few queries only below its in-sample mean', () => {
    // Candidate 1 is great on 2 queries and slightly worse on all others: in-sample best, but folds
    // that hold out those 2 queries choose it on the rest's merit and lose.
    const base = Array.from({ length: 20 }, () => 0.5);
    const spiky = base.map((x, i) => (i < 2 ? 1 : x - 0.03));
    const out = crossValidate([base, spiky], 5, 10);
    expect(out.inSample[1]!).toBeGreaterThan(out.inSample[0]!);
    expect(out.cv).toBeLessThan(out.inSample[1]!);
  });

  it('keeps the first candidate on ties', () => {
    const same = [0.3, 0.4, 0.5, 0.6];
    expect(crossValidate([same, [...same]], 2, 1).chosen).toEqual([2, 0]);
  });
});

describe('verdictOf', () => {
  it('keeps the simplest alternative unless choosing beats it held-out', () => {
    expect(verdictOf({ inSample: [0.6, 0.61], cv: 0.59, chosen: [20, 30], folds: 5, repeats: 10 }, 0)).toBe(0);
    expect(verdictOf({ inSample: [0.6, 0.62], cv: 0.615, chosen: [5, 45], folds: 5, repeats: 10 }, 0)).toBe(1);
  });
});
