/**
 * Presence confidence: a logistic function of the best clause's lexical features. Each
 * built-in type has its own weights and "not found" threshold; a user's own column gets the
 * pooled model. All of them were fitted on the CUAD grid TRAIN split only, by
 * `npm run eval -- --dataset cuad-grid --fit --fit-out src/main/engine/review/presence-fitted.ts`
 * (logistic regression; the threshold at the best F1 point of the train precision/recall curve).
 */
import { createHash } from 'node:crypto';
import type { RankedClause } from './column-ranker';
import { FITTED_PRESENCE } from './presence-fitted';

export interface PresenceParams {
  bias: number;
  /** For [logBm25, coverage, margin, learned]. */
  weights: [number, number, number, number];
  threshold: number;
}

export interface FittedPresence {
  pooled: PresenceParams;
  /** By built-in type id. */
  perType: Record<string, PresenceParams>;
}

/** Changes whenever the fitted parameters change, so cached confidences are recomputed. */
export const PRESENCE_VERSION = createHash('sha256').update(JSON.stringify(FITTED_PRESENCE)).digest('hex').slice(0, 16);

export type PresenceFeatures = [logBm25: number, coverage: number, margin: number, learned: number];

/** Features of a document's ranking for one type; all zero when nothing matched. */
export function presenceFeatures(ranked: readonly RankedClause[]): PresenceFeatures {
  const top = ranked[0];
  if (!top) return [0, 0, 0, 0];
  const second = ranked[1]?.bm25 ?? 0;
  const bm25 = Math.max(0, top.bm25);
  return [Math.log1p(bm25), top.coverage, Math.log1p(bm25) - Math.log1p(Math.max(0, second)), Math.max(0, top.learned)];
}

export function presenceParams(typeId: string, fitted: FittedPresence = FITTED_PRESENCE): PresenceParams {
  return fitted.perType[typeId] ?? fitted.pooled;
}

export function presenceConfidence(features: PresenceFeatures, params: PresenceParams): number {
  const z = params.bias + features.reduce((s, v, j) => s + v * params.weights[j]!, 0);
  return 1 / (1 + Math.exp(-z));
}
