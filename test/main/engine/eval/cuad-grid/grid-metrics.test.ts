import { describe, expect, it } from 'vitest';
import { averagePrecision, prCurve, precisionAtRecall } from '../../../../../src/main/engine/eval/cuad-grid/grid-metrics';
import { fitLogistic } from '../../../../../src/main/engine/eval/cuad-grid/fit-presence';

const items = (pairs: Array<[number, boolean]>) => pairs.map(([score, positive]) => ({ score, positive }));

describe('grid metrics', () => {
  it('average precision: 1 for a perfect ranking, the textbook value otherwise, null without positives', () => {
    expect(averagePrecision(items([[0.9, true], [0.8, true], [0.1, false]]))).toBe(1);
    // Positives at ranks 1 and 3: (1/1 + 2/3) / 2.
    expect(averagePrecision(items([[0.9, true], [0.8, false], [0.7, true]]))).toBeCloseTo(5 / 6);
    expect(averagePrecision(items([[0.5, false]]))).toBeNull();
    // Ties count against us: the negative is read first.
    expect(averagePrecision(items([[0.5, true], [0.5, false]]))).toBeCloseTo(0.5);
  });

  it('precision at 80 % recall takes the best cut that reaches the recall', () => {
    const ranked = items([[0.9, true], [0.8, true], [0.7, false], [0.6, true], [0.5, true], [0.4, false]]);
    // 4 positives; 80 % recall needs 4 of them → cut after 0.5: 4/5.
    expect(precisionAtRecall(ranked, 0.8)).toBeCloseTo(0.8);
    expect(precisionAtRecall(ranked, 0.5)).toBe(1);
  });

  it('the PR curve gives one point per distinct score', () => {
    const curve = prCurve(items([[0.9, true], [0.9, false], [0.2, true]]));
    expect(curve.map((p) => [p.threshold, p.precision, p.recall])).toEqual([[0.9, 0.5, 0.5], [0.2, 2 / 3, 1]]);
  });

  it('logistic regression separates separable data with a positive weight on the signal', () => {
    const x = Array.from({ length: 40 }, (_, i) => [i / 10, (i * 7) % 3]);
    const y = x.map(([v]) => v! > 2);
    const fit = fitLogistic(x, y);
    expect(fit.weights[0]).toBeGreaterThan(0);
    const p = (f: number[]) => 1 / (1 + Math.exp(-(fit.bias + f[0]! * fit.weights[0]! + f[1]! * fit.weights[1]!)));
    expect(p([3.5, 0])).toBeGreaterThan(0.8);
    expect(p([0.5, 0])).toBeLessThan(0.2);
  });
});
