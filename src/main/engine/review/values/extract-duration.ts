/**
 * Periods of time as contracts write them: "thirty (30) days", "one (1) year", "6 months",
 * "successive two-year periods". When a clause has several, the one nearest the words
 * that mark the period asked for (renewal, notice, warranty) is taken.
 */

export type DurationUnit = 'day' | 'week' | 'month' | 'year';

export interface Duration {
  amount: number;
  unit: DurationUnit;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, eighteen: 18, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, a: 1, an: 1,
};
const WORD_NUMBER = `(?:${Object.keys(NUMBER_WORDS).filter((w) => w.length > 2).join('|')})(?:[\\s-]+(?:${Object.keys(NUMBER_WORDS).filter((w) => w.length > 2).join('|')}))*`;
const UNIT = '(?:calendar\\s+|business\\s+|consecutive\\s+|full\\s+)?(day|week|month|year)s?\\b';
// "thirty (30) days", "(30) days", "30 days", "two-year", "thirty days"
const DURATION = new RegExp(`\\b(?:(${WORD_NUMBER})[\\s-]*)?(?:\\(\\s*(\\d+(?:\\.\\d+)?)\\s*\\)|(\\d+(?:\\.\\d+)?))?[\\s-]*${UNIT}`, 'gi');

export interface FoundDuration extends Duration {
  index: number;
}

export function findDurations(text: string): FoundDuration[] {
  const found: FoundDuration[] = [];
  DURATION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DURATION.exec(text)) !== null) {
    const digits = m[2] ?? m[3];
    const amount = digits !== undefined ? Number(digits) : m[1] !== undefined ? wordsToNumber(m[1]) : null;
    if (amount === null || !(amount > 0)) continue;
    found.push({ amount, unit: m[4]!.toLowerCase() as DurationUnit, index: m.index });
  }
  return found;
}

/** The duration nearest any of the anchor words (regexes), else the first one. */
export function pickDuration(text: string, anchors: readonly RegExp[]): Duration | null {
  const all = findDurations(text);
  if (all.length === 0) return null;
  const anchorAt: number[] = [];
  for (const anchor of anchors) {
    const re = new RegExp(anchor.source, 'gi');
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) anchorAt.push(m.index);
  }
  if (anchorAt.length === 0) return strip(all[0]!);
  let best = all[0]!;
  let bestDistance = Infinity;
  for (const d of all) {
    const distance = Math.min(...anchorAt.map((a) => Math.abs(a - d.index)));
    if (distance < bestDistance) {
      best = d;
      bestDistance = distance;
    }
  }
  return strip(best);
}

export function formatDuration(d: Duration): string {
  return `${d.amount} ${d.unit}${d.amount === 1 ? '' : 's'}`;
}

/** Reads an answer such as "successive 1 year", "30 days", "three (3) years"; the first period in it. */
export function parseDurationAnswer(answer: string): Duration | null {
  const all = findDurations(answer);
  return all.length > 0 ? strip(all[0]!) : null;
}

/** Equal lengths of time: 12 months = 1 year, 2 weeks = 14 days. */
export function sameDuration(a: Duration, b: Duration): boolean {
  return Math.abs(inDays(a) - inDays(b)) < 1e-6;
}

function inDays(d: Duration): number {
  if (d.unit === 'day') return d.amount;
  if (d.unit === 'week') return d.amount * 7;
  if (d.unit === 'month') return d.amount * (365 / 12);
  return d.amount * 365;
}

function wordsToNumber(text: string): number | null {
  let total = 0;
  for (const w of text.toLowerCase().split(/[\s-]+/)) {
    const n = NUMBER_WORDS[w];
    if (n === undefined) return null;
    total = n === 100 ? Math.max(1, total) * 100 : total + n;
  }
  return total;
}

function strip(d: FoundDuration): Duration {
  return { amount: d.amount, unit: d.unit };
}
