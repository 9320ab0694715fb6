/**
 * The logistic function, written so neither branch overflows: MS MARCO cross-encoders
 * give logits of roughly −12…+12, and a sigmoid makes 0.9 mean the same for every query.
 */
export function sigmoid(logit: number): number {
  if (logit >= 0) return 1 / (1 + Math.exp(-logit));
  const e = Math.exp(logit);
  return e / (1 + e);
}
