/**
 * Presence confidence: a logistic function of the best clause's lexical features, the same
 * for every type (so a user's own column gets a calibrated confidence too). The weights and
 * the "not found" threshold were fitted on the CUAD grid TRAIN split only, by
 * `npm run eval -- --dataset cuad-grid --split train --fit` (logistic regression, then the
 * threshold at the best F1 point of the train precision/recall curve).
 */
import type { RankedClause } from './column-ranker';

export interface PresenceModel {
  /** Bumped whenever the weights change, so cached confidences are recomputed. */
  version: number;
  bias: number;
  weights: { logBm25: number; coverage: number; margin: number };
  threshold: number;
}

export const PRESENCE_MODEL: PresenceModel = {
  version: 1,
  bias: -3,
  weights: { logBm25: 1.2, coverage: 2, margin: 0.5 },
  threshold: 0.5,
};

export type PresenceFeatures = [logBm25: number, coverage: number, margin: number];

/** Features of a document's ranking for one type; all zero when nothing matched. */
export function presenceFeatures(ranked: readonly RankedClause[]): PresenceFeatures {
  const top = ranked[0];
  if (!top || top.bm25 <= 0) return [0, top?.coverage ?? 0, 0];
  const second = ranked[1]?.bm25 ?? 0;
  return [Math.log1p(top.bm25), top.coverage, Math.log1p(top.bm25) - Math.log1p(Math.max(0, second))];
}

export function presenceConfidence(features: PresenceFeatures, model: PresenceModel = PRESENCE_MODEL): number {
  const [logBm25, coverage, margin] = features;
  const z = model.bias + model.weights.logBm25 * logBm25 + model.weights.coverage * coverage + model.weights.margin * margin;
  return 1 / (1 + Math.exp(-z));
}
