/** Values of list tokens: roman numerals, letters ("a", "aa"), and the successor tests built on them. */

const ROMAN_DIGITS: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };
const CANONICAL_ROMAN = /^(m{0,3})(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/;

/** Value of a well-formed roman numeral (either case), else null. */
export function romanValue(token: string): number | null {
  const s = token.toLowerCase();
  if (s.length === 0 || !CANONICAL_ROMAN.test(s)) return null;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_DIGITS[s[i]!]!;
    const next = i + 1 < s.length ? ROMAN_DIGITS[s[i + 1]!]! : 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** a=1 … z=26, then doubled letters aa=27 … zz=52 (the usual way lists continue past z). */
export function letterValue(token: string): number | null {
  const s = token.toLowerCase();
  if (!/^([a-z])\1{0,2}$/.test(s)) return null;
  return (s.length - 1) * 26 + (s.charCodeAt(0) - 96);
}

export function toRoman(value: number): string {
  const table: Array<[number, string]> = [
    [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
    [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
  ];
  let out = '';
  let rest = value;
  for (const [v, s] of table) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}
