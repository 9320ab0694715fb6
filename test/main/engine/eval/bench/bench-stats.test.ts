import { describe, expect, it } from 'vitest';
import { distribution, median, medianRunIndex, percentile, perSecond } from '../../../../../src/main/engine/eval/bench/bench-stats';

describe('percentile', () => {
  it('interpolates between closest ranks, whatever the input order', () => {
    const xs = [40, 10, 30, 20];
    expect(percentile(xs, 0)).toBe(10);
    expect(percentile(xs, 100)).toBe(40);
    expect(percentile(xs, 50)).toBe(25);
    expect(percentile(xs, 95)).toBeCloseTo(38.5, 10);
    expect(xs).toEqual([40, 10, 30, 20]);
  });

  it('gives the middle value of an odd count as the median, NaN for none', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([7])).toBe(7);
    expect(median([])).toBeNaN();
  });

  it('rejects a percentile outside 0..100', () => {
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });
});

describe('distribution', () => {
  it('summarises p50, p95, max and mean', () => {
    const xs = Array.from({ length: 101 }, (_, i) => i);
    expect(distribution(xs)).toEqual({ n: 101, p50: 50, p95: 95, max: 100, mean: 50 });
  });

  it('is all NaN for no values', () => {
    const d = distribution([]);
    expect(d.n).toBe(0);
    expect([d.p50, d.p95, d.max, d.mean].every(Number.isNaN)).toBe(true);
  });
});

describe('perSecond and medianRunIndex', () => {
  it('turns a count over milliseconds into a rate, NaN for no time', () => {
    expect(perSecond(200, 2500)).toBe(80);
    expect(perSecond(5, 0)).toBeNaN();
  });

  it('picks the run whose time is the median (lower middle for an even count)', () => {
    expect(medianRunIndex([300, 100, 200])).toBe(2);
    expect(medianRunIndex([400, 100, 300, 200])).toBe(3);
    expect(() => medianRunIndex([])).toThrow(RangeError);
  });
});
