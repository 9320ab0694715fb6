/**
 * Calendar dates written the ways contracts write them: "May 8, 2014", "the 8th day of
 * May, 2014", "8 May 2014", "5/8/2014", "2014-05-08", and partial ones ("May 2014",
 * "____ day of ____, 2020"). A part that is blank or missing stays null.
 */

export interface PartialDate {
  year: number;
  month: number | null;
  day: number | null;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d{2})';
const BLANK = '(?:_+|\\[\\s*\\]|\\s)*';

interface DatePattern {
  regex: RegExp;
  read(m: RegExpExecArray): PartialDate | null;
}

const PATTERNS: DatePattern[] = [
  // May 8, 2014 / May 8th 2014
  { regex: new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, 'gi'), read: (m) => make(m[3], monthIndex(m[1]), m[2]) },
  // 8th day of May, 2014 / 8 May 2014
  { regex: new RegExp(`\\b${DAY}(?:\\s+day)?(?:\\s+of)?\\s+${MONTH},?\\s+${YEAR}\\b`, 'gi'), read: (m) => make(m[3], monthIndex(m[2]), m[1]) },
  // 2014-05-08
  { regex: /\b((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})\b/g, read: (m) => make(m[1], Number(m[2]), m[3]) },
  // 5/8/2014, 05/08/14 (US order, as US contracts write it)
  { regex: /\b(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)?\d{2})\b/g, read: (m) => make(String(fullYear(m[3]!)), Number(m[1]), m[2]) },
  // ____ day of ______, 2020 / May ___, 2020 / May 2014
  { regex: new RegExp(`\\b${MONTH}${BLANK},?\\s*${YEAR}\\b`, 'gi'), read: (m) => make(m[2], monthIndex(m[1]), null) },
  { regex: new RegExp(`day\\s+of${BLANK},?\\s*${YEAR}\\b`, 'gi'), read: (m) => make(m[1], null, null) },
];

/** Every date in the text, in the order they appear (overlapping readings keep the fullest). */
export function findDates(text: string): Array<PartialDate & { index: number; length: number }> {
  const found: Array<PartialDate & { index: number; length: number }> = [];
  for (const pattern of PATTERNS) {
    pattern.regex.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = pattern.regex.exec(text)) !== null) {
      const date = pattern.read(m);
      if (!date) continue;
      const start = m.index;
      const end = m.index + m[0].length;
      if (found.some((f) => start < f.index + f.length && f.index < end)) continue;
      found.push({ ...date, index: start, length: end - start });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

export function containsDate(text: string): boolean {
  return findDates(text).length > 0;
}

/** "2014-05-08", "2014-05", "2014". */
export function formatDate(date: PartialDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (date.month === null) return String(date.year);
  if (date.day === null) return `${date.year}-${pad(date.month)}`;
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** Reads CUAD-style answers ("5/8/14", "[]/[]/2020") as well as formatDate's output. */
export function parseDateAnswer(answer: string): PartialDate | null {
  const iso = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(answer.trim());
  if (iso) return { year: Number(iso[1]), month: iso[2] ? Number(iso[2]) : null, day: iso[3] ? Number(iso[3]) : null };
  const slash = /^\s*(\d{1,2}|\[\s*\])\/(\d{1,2}|\[\s*\])\/(\d{2,4})\s*$/.exec(answer);
  if (!slash) return null;
  const num = (s: string) => (/\d/.test(s) ? Number(s) : null);
  return { year: fullYear(slash[3]!), month: num(slash[1]!), day: num(slash[2]!) };
}

/** Same date, where a part one side leaves blank is not held against the other. */
export function sameDate(a: PartialDate, b: PartialDate): boolean {
  if (a.year !== b.year) return false;
  if (a.month !== null && b.month !== null && a.month !== b.month) return false;
  if (a.day !== null && b.day !== null && a.day !== b.day) return false;
  return true;
}

function monthIndex(name: string | undefined): number | null {
  if (!name) return null;
  const key = name.toLowerCase().replace('.', '').slice(0, 3);
  const i = MONTHS.findIndex((m) => m.startsWith(key));
  return i >= 0 ? i + 1 : null;
}

function fullYear(y: string): number {
  const n = Number(y);
  if (y.length === 4) return n;
  return n < 50 ? 2000 + n : 1900 + n;
}

function make(year: string | undefined, month: number | null, day: string | null | undefined): PartialDate | null {
  const y = Number(year);
  if (!Number.isInteger(y)) return null;
  if (month !== null && (month < 1 || month > 12)) return null;
  const d = day === null || day === undefined ? null : Number(day);
  if (d !== null && (d < 1 || d > 31)) return null;
  return { year: y, month, day: d };
}

/** Words that introduce the date a contract is made or takes effect on. */
export const DATING_WORDS = /\b(dated|made|entered\s+into|as\s+of|day\s+of|executed|effective|commenc\w*|begin\w*|start\w*)\b/gi;
const ANCHOR_WINDOW = 80;

/** The dates that follow a dating word within a few words ("made as of May 8, 2014"), in text order. */
export function anchoredDates(text: string, anchors: RegExp = DATING_WORDS): Array<PartialDate & { index: number; length: number }> {
  const at: number[] = [];
  const re = new RegExp(anchors.source, 'gi');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) at.push(m.index + m[0].length);
  if (at.length === 0) return [];
  return findDates(text).filter((d) => at.some((a) => a <= d.index + 1 && d.index - a <= ANCHOR_WINDOW));
}
