/** Logistic regression for the presence model, fitted by batch gradient descent on standardised features. */

export interface LogisticFit {
  bias: number;
  weights: number[];
}

export function fitLogistic(features: readonly number[][], labels: readonly boolean[], options: { iterations?: number; rate?: number; l2?: number } = {}): LogisticFit {
  const n = features.length;
  const d = features[0]?.length ?? 0;
  const iterations = options.iterations ?? 3000;
  const rate = options.rate ?? 0.5;
  const l2 = options.l2 ?? 1e-4;
  const meanOf = Array.from({ length: d }, (_, j) => features.reduce((s, f) => s + f[j]!, 0) / Math.max(1, n));
  const sdOf = Array.from({ length: d }, (_, j) => Math.sqrt(features.reduce((s, f) => s + (f[j]! - meanOf[j]!) ** 2, 0) / Math.max(1, n)) || 1);
  const x = features.map((f) => f.map((v, j) => (v - meanOf[j]!) / sdOf[j]!));
  let w = new Array<number>(d).fill(0);
  let b = 0;
  for (let it = 0; it < iterations; it++) {
    const gw = new Array<number>(d).fill(0);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      const z = b + x[i]!.reduce((s, v, j) => s + v * w[j]!, 0);
      const p = 1 / (1 + Math.exp(-z));
      const err = p - (labels[i] ? 1 : 0);
      gb += err;
      for (let j = 0; j < d; j++) gw[j]! += err * x[i]![j]!;
    }
    b -= (rate * gb) / n;
    w = w.map((wj, j) => wj - rate * (gw[j]! / n + l2 * wj));
  }
  // Back to the raw feature scale.
  const weights = w.map((wj, j) => wj / sdOf[j]!);
  const bias = b - w.reduce((s, wj, j) => s + (wj * meanOf[j]!) / sdOf[j]!, 0);
  return { bias, weights };
}
