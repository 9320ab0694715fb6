import type { TextLine } from './text-lines';

/**
 * Lines that are page furniture rather than contract text: page numbers and running
 * headers or footers that extraction left in. They never start a clause and do not
 * end a paragraph, so a sentence broken by a page turn stays in one clause.
 */

const PAGE_NUMBER = /^(?:page\s*)?[-\u2013\u2014]?\s*(?:[A-Z]{1,2}\s*-\s*)?\d{1,4}\s*[-\u2013\u2014]?$/i;
const PAGE_OF = /^page\s+\d+\s+of\s+\d+$/i;
const ROMAN_PAGE = /^(?:[ivxl]{1,6}|[IVXL]{1,6})$/;
/** A line seen this many times (digits ignored) is a running header or footer. */
const REPEAT_COUNT = 3;
const REPEAT_MAX_CHARS = 160;

export function findNoiseLines(text: string, lines: readonly TextLine[]): boolean[] {
  const keys = lines.map((l) => (l.end - l.start <= REPEAT_MAX_CHARS ? repeatKey(text.slice(l.start, l.end)) : ''));
  const counts = new Map<string, number>();
  for (const k of keys) if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
  return lines.map((l, i) => {
    const s = text.slice(l.start, Math.min(l.end, l.start + 40));
    if (l.end - l.start <= 20 && (PAGE_NUMBER.test(s) || ROMAN_PAGE.test(s))) return true;
    if (l.end - l.start <= 30 && PAGE_OF.test(s)) return true;
    const k = keys[i]!;
    return k.length >= 8 && (counts.get(k) ?? 0) >= REPEAT_COUNT && !/^[(\d]/.test(k) && !/^[_\-. ]+$/.test(k);
  });
}

function repeatKey(line: string): string {
  return line.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}
