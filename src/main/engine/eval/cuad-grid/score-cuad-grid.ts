/**
 * Scores the review grid against CUAD: for every (contract, category) pair, the ranked
 * clauses of the contract for that type, the presence confidence and the extracted value,
 * against the located gold quotes and the "-Answer" column.
 */
import type { ClauseValueKind } from '../../../../shared/review';
import type { PresenceFeatures } from '../../review/presence-model';
import { parseDateAnswer, sameDate } from '../../review/values/extract-date';
import { parseDurationAnswer, sameDuration } from '../../review/values/extract-duration';
import { sameJurisdiction } from '../../review/values/extract-jurisdiction';
import type { Split } from './cuad-grid-data';
import { averagePrecision, mean, precisionAtRecall } from './grid-metrics';
import { coversHalf, type Span } from './locate-quotes';

/** One (contract, category) pair as the grid computed it. */
export interface PairOutcome {
  category: string;
  typeId: string;
  split: Split;
  valueKind: ClauseValueKind;
  /** The gold quotes located in the text; empty when the category is absent (or no quote was found). */
  gold: Span[];
  /** The contract has at least one gold quote for the category. */
  present: boolean;
  /** Ranked candidate clauses' spans, best first. */
  candidates: Span[];
  features: PresenceFeatures;
  confidence: number;
  found: boolean;
  value: string | null;
  answer: string;
}

export interface TypeMetrics {
  category: string;
  pairs: number;
  withGold: number;
  hit1: number | null;
  hit3: number | null;
  aupr: number | null;
  p80: number | null;
  /** Value accuracy for the type's own value kind (null when no pair has a gold value). */
  valueAccuracy: number | null;
  valuePairs: number;
}

export interface SplitMetrics {
  split: string;
  pairs: number;
  withGold: number;
  hit1Micro: number | null;
  hit3Micro: number | null;
  hit1Macro: number | null;
  hit3Macro: number | null;
  auprMacro: number | null;
  auprMicro: number | null;
  p80Macro: number | null;
  p80Micro: number | null;
  /** Accuracy per value kind: date, duration, jurisdiction, yesno. */
  valueAccuracy: Record<string, { accuracy: number | null; pairs: number }>;
  perType: TypeMetrics[];
}

export function hitAt(pair: PairOutcome, k: number): boolean {
  return pair.candidates.slice(0, k).some((c) => pair.gold.some((g) => coversHalf(c, g)));
}

/** The value kind a pair's answer is scored as: CUAD answers some duration types with Yes/No. */
export function answerKind(pair: Pick<PairOutcome, 'valueKind' | 'answer'>): ClauseValueKind | null {
  const a = pair.answer.trim();
  if (/^(yes|no)$/i.test(a)) return 'yesno';
  if (a === '' || pair.valueKind === 'text' || pair.valueKind === 'yesno') return null;
  return pair.valueKind;
}

/** Whether the extracted value matches the gold answer; null when the answer cannot be scored. */
export function valueCorrect(pair: Pick<PairOutcome, 'valueKind' | 'answer' | 'found' | 'value'>): boolean | null {
  const kind = answerKind(pair);
  const answer = pair.answer.trim();
  if (kind === null) return null;
  if (kind === 'yesno') return pair.found === /^yes$/i.test(answer);
  const predicted = pair.value;
  if (/^perpetual/i.test(answer)) return predicted === 'perpetual';
  if (kind === 'date') {
    const gold = parseDateAnswer(answer);
    if (!gold) return null;
    const got = predicted === null ? null : parseDateAnswer(predicted);
    return got !== null && sameDate(got, gold);
  }
  if (kind === 'duration') {
    const gold = parseDurationAnswer(answer);
    if (!gold) return null;
    const got = predicted === null ? null : parseDurationAnswer(predicted);
    return got !== null && sameDuration(got, gold);
  }
  if (kind === 'jurisdiction') {
    if (!/[a-z]/i.test(answer.replace(/\[|\]|\*/g, ''))) return null;
    return predicted !== null && sameJurisdiction(predicted, answer);
  }
  return null;
}

function rate(flags: boolean[]): number | null {
  return flags.length === 0 ? null : flags.filter(Boolean).length / flags.length;
}

export function typeMetrics(category: string, pairs: readonly PairOutcome[]): TypeMetrics {
  const withGold = pairs.filter((p) => p.gold.length > 0);
  const scored = pairs.map((p) => ({ score: p.confidence, positive: p.present }));
  const values = pairs.map(valueCorrect).filter((v): v is boolean => v !== null);
  return {
    category,
    pairs: pairs.length,
    withGold: withGold.length,
    hit1: rate(withGold.map((p) => hitAt(p, 1))),
    hit3: rate(withGold.map((p) => hitAt(p, 3))),
    aupr: averagePrecision(scored),
    p80: precisionAtRecall(scored, 0.8),
    valueAccuracy: rate(values),
    valuePairs: values.length,
  };
}

export function splitMetrics(split: string, categories: readonly string[], pairs: readonly PairOutcome[]): SplitMetrics {
  const perType = categories.map((c) => typeMetrics(c, pairs.filter((p) => p.category === c)));
  const withGold = pairs.filter((p) => p.gold.length > 0);
  const scored = pairs.map((p) => ({ score: p.confidence, positive: p.present }));
  const valueAccuracy: SplitMetrics['valueAccuracy'] = {};
  for (const kind of ['date', 'duration', 'jurisdiction', 'yesno'] as const) {
    const flags = pairs.filter((p) => answerKind(p) === kind).map(valueCorrect).filter((v): v is boolean => v !== null);
    valueAccuracy[kind] = { accuracy: rate(flags), pairs: flags.length };
  }
  return {
    split,
    pairs: pairs.length,
    withGold: withGold.length,
    hit1Micro: rate(withGold.map((p) => hitAt(p, 1))),
    hit3Micro: rate(withGold.map((p) => hitAt(p, 3))),
    hit1Macro: mean(perType.map((t) => t.hit1)),
    hit3Macro: mean(perType.map((t) => t.hit3)),
    auprMacro: mean(perType.map((t) => t.aupr)),
    auprMicro: averagePrecision(scored),
    p80Macro: mean(perType.map((t) => t.p80)),
    p80Micro: precisionAtRecall(scored, 0.8),
    valueAccuracy,
    perType,
  };
}
