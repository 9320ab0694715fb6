import type { Marker, MarkerBody } from './marker-types';
import { letterValue, romanValue } from './numbering';

/**
 * Reads a clause number at `pos` (which must be the first character of the marker) and
 * returns it with its extent, or null. Only the form is checked here; whether a
 * number really starts a clause depends on its context and is decided by the caller.
 */

const SP = '[ \\t\\u00a0]';
const ARTICLE = new RegExp(`(?:ARTICLE|Article|PART|Part|CHAPTER|Chapter)${SP}+([IVXLC]{1,7}|\\d{1,3}|[A-Z])(?![\\w.]\\w)`, 'y');
const WORDED = new RegExp(`(?:SECTION|Section|SEC\\.|Sec\\.|CLAUSE|Clause|§§?)${SP}*(?=\\d)`, 'y');
const DECIMAL = /(\d{1,3})((?:\.\d{1,3})*)/y;
const SUFFIX = /\(([a-z]{1,5}|[A-Z]{1,5}|\d{1,2})\)/y;
const PAREN = /\(([a-z]{1,5}|[A-Z]{1,5}|\d{1,3})\)/y;
const CLOSE = /([a-z]{1,4}|[A-Z]{1,4}|\d{1,2})\)/y;
const DOT = /([a-zA-Z]|[ivxlc]{2,6}|[IVXLC]{2,6})\./y;
/** What may follow a number: "." or ":" or a dash, then the clause text. */
const TRAIL = new RegExp(`\\.?(?:${SP}*[:\\u2013\\u2014-](?=[ \\t\\u00a0\\n]|$))?`, 'y');

export function parseMarker(text: string, pos: number, lineEnd: number): Marker | null {
  const c = text.charCodeAt(pos);
  let body: MarkerBody | null = null;
  let end = pos;

  if (c === 40 /* ( */) {
    PAREN.lastIndex = pos;
    const m = PAREN.exec(text);
    if (m && isListToken(m[1]!)) {
      body = { kind: 'enum', token: m[1]!, wrapper: 'paren' };
      end = PAREN.lastIndex;
    }
  } else if (c >= 48 && c <= 57) {
    ({ body, end } = readDecimal(text, pos, false));
  } else {
    WORDED.lastIndex = pos;
    const worded = WORDED.exec(text);
    if (worded) {
      ({ body, end } = readDecimal(text, WORDED.lastIndex, true));
    } else {
      ARTICLE.lastIndex = pos;
      const a = ARTICLE.exec(text);
      if (a) {
        const value = /^\d+$/.test(a[1]!) ? Number(a[1]) : romanValue(a[1]!) ?? letterValue(a[1]!);
        if (value !== null) {
          body = { kind: 'article', label: a[1]!, value };
          end = ARTICLE.lastIndex;
        }
      }
      if (!body) {
        ({ body, end } = readLetterMarker(text, pos));
      }
    }
  }
  if (!body || end > lineEnd) return null;

  TRAIL.lastIndex = end;
  if (TRAIL.exec(text)) end = TRAIL.lastIndex;
  // A number glued to the next word ("5.2million", "(a)the") is not a marker.
  if (end < lineEnd && !isSpace(text.charCodeAt(end))) return null;
  let textStart = end;
  while (textStart < lineEnd && isSpace(text.charCodeAt(textStart))) textStart++;
  return { ...body, start: pos, end, textStart };
}

function readDecimal(text: string, pos: number, worded: boolean): { body: MarkerBody | null; end: number } {
  DECIMAL.lastIndex = pos;
  const m = DECIMAL.exec(text);
  if (!m) return { body: null, end: pos };
  let end = DECIMAL.lastIndex;
  const parts = [m[1]!, ...(m[2] ? m[2].slice(1).split('.') : [])];
  const suffixes: string[] = [];
  for (;;) {
    SUFFIX.lastIndex = end;
    const s = SUFFIX.exec(text);
    if (!s || !isListToken(s[1]!)) break;
    suffixes.push(s[1]!);
    end = SUFFIX.lastIndex;
  }
  const next = text.charCodeAt(end);
  // "1)" is a list number; "4,000" or "5%" or "1.5x" are not numbers of clauses.
  if (next === 41 /* ) */ && parts.length === 1 && suffixes.length === 0 && !worded) {
    return { body: { kind: 'enum', token: parts[0]!, wrapper: 'close' }, end: end + 1 };
  }
  if (next === 46 /* . */ && isDigit(text.charCodeAt(end + 1))) return { body: null, end };
  if (!worded && parts.length === 1 && suffixes.length === 0 && next !== 46) {
    // A bare "7" only counts when set apart ("7   Term") or before capitals ("7 TERM"); the caller checks the rest.
    const spaced = isHSpace(next) && isHSpace(text.charCodeAt(end + 1));
    const capsHeading = next === 32 && /^[A-Z]{2}/.test(text.slice(end + 1, end + 3));
    if (!spaced && !capsHeading) return { body: null, end };
  }
  return { body: { kind: 'decimal', parts, suffixes, worded }, end };
}

function readLetterMarker(text: string, pos: number): { body: MarkerBody | null; end: number } {
  CLOSE.lastIndex = pos;
  const close = CLOSE.exec(text);
  if (close && isListToken(close[1]!)) {
    return { body: { kind: 'enum', token: close[1]!, wrapper: 'close' }, end: CLOSE.lastIndex };
  }
  DOT.lastIndex = pos;
  const dot = DOT.exec(text);
  if (dot && isListToken(dot[1]!)) {
    return { body: { kind: 'enum', token: dot[1]!, wrapper: 'dot' }, end: DOT.lastIndex };
  }
  return { body: null, end: pos };
}

/** A list token is a number, a single or repeated letter, or a roman numeral. */
function isListToken(token: string): boolean {
  if (/^\d+$/.test(token)) return true;
  if (token !== token.toLowerCase() && token !== token.toUpperCase()) return false;
  return letterValue(token) !== null || romanValue(token) !== null;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 160 || code === 10 || code === 13;
}

function isHSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 160;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
