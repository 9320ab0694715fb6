/**
 * One line at a page's edge read as a printed page number, or null: "52", "- 52 -",
 * "[52]", "Page 52 of 110", "52 of 110", "A-3", "iv". OCR noise around a bare number
 * ("- 3 ’", "~6-") is tolerated; the sequence check (detect-printed-pages.ts) decides
 * which readings are trusted.
 */

export interface PageLabelReading {
  /** Numbering scheme: 'arabic', 'roman', 'ROMAN', or 'prefix:A' for, … */
  scheme: string;
  /** The number within the scheme (iv → 4, A-3 → 3). */
  value: number;
  /** How a citation writes it: "52", "iv", "A-3". */
  label: string;
}

const DECORATED_ARABIC = /^[\s\-–—~_.'’"“”*]*[([]?\s*(\d{1,4})\s*[)\]]?[\s\-–—~_.'’"“”*]*$/;
const PAGE_WORD = /(?:^|\s)page\s*[|:]?\s*(\d{1,4}|[A-Z]{1,2}\s?[-–]\s?\d{1,3})(?:\s*(?:of|\/)\s*\d{1,4})?\s*$/i;
const NUMBER_OF_TOTAL = /^(\d{1,4})\s*(?:of|\/)\s*\d{1,4}$/i;
const NUMBER_BAR_PAGE = /^(\d{1,4})\s*\|\s*page$/i;
const PREFIXED = /^[\s\-–—]*([A-Z]{1,2})\s?[-–.]\s?(\d{1,3})[\s\-–—]*$/;
const ROMAN_LOWER = /^[\s\-–—]*([ivxlcdm]{1,7})\.?[\s\-–—]*$/;
const ROMAN_UPPER = /^[\s\-–—]*([IVXLCDM]{1,7})\.?[\s\-–—]*$/;

const ROMAN_DIGITS: Array<[number, string]> = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
  [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
];

export function toRoman(value: number): string {
  let rest = value;
  let out = '';
  for (const [amount, digits] of ROMAN_DIGITS) {
    while (rest >= amount) {
      out += digits;
      rest -= amount;
    }
  }
  return out;
}

/** "xiv" → 14; null for letters that are not a canonical roman numeral ("iiii", "vx"). */
export function fromRoman(text: string): number | null {
  const lower = text.toLowerCase();
  let value = 0;
  let i = 0;
  for (const [amount, digits] of ROMAN_DIGITS) {
    while (lower.startsWith(digits, i)) {
      value += amount;
      i += digits.length;
    }
  }
  return i === lower.length && value > 0 && toRoman(value) === lower ? value : null;
}

function prefixed(prefix: string, digits: string): PageLabelReading {
  const value = Number(digits);
  return { scheme: `prefix:${prefix}`, value, label: `${prefix}-${value}` };
}

export function readPageLabel(line: string): PageLabelReading | null {
  const text = line.replace(/\s+/g, ' ').trim();
  if (text.length === 0 || text.length > 60) return null;
  let m = DECORATED_ARABIC.exec(text) ?? NUMBER_OF_TOTAL.exec(text) ?? NUMBER_BAR_PAGE.exec(text);
  if (m) return arabic(m[1]!);
  m = PAGE_WORD.exec(text);
  if (m) {
    const found = m[1]!;
    const inner = /^([A-Z]{1,2})\s?[-–]\s?(\d{1,3})$/.exec(found);
    return inner ? prefixed(inner[1]!, inner[2]!) : arabic(found);
  }
  m = PREFIXED.exec(text);
  if (m) return prefixed(m[1]!, m[2]!);
  m = ROMAN_LOWER.exec(text);
  if (m) {
    const value = fromRoman(m[1]!);
    return value === null ? null : { scheme: 'roman', value, label: toRoman(value) };
  }
  m = ROMAN_UPPER.exec(text);
  if (m) {
    const value = fromRoman(m[1]!);
    return value === null ? null : { scheme: 'ROMAN', value, label: toRoman(value).toUpperCase() };
  }
  return null;
}

function arabic(digits: string): PageLabelReading | null {
  const value = Number(digits);
  // Page 0 is never printed; a four-digit number at the edge is a year or a form number.
  if (value < 1 || value > 1500) return null;
  return { scheme: 'arabic', value, label: String(value) };
}
