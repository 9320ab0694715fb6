import { parseMarker } from './parse-marker';

/**
 * Headings: lines such as "DEFINITIONS" or "Governing Law", and run-in headings after a
 * number ("5.2 Force Majeure. The Supplier …", "1. DEFINITIONS 1.1 …").
 */

/** Short words that stay lower case in a title-case heading. */
const MINOR_WORDS = new Set([
  'a', 'after', 'against', 'among', 'an', 'and', 'as', 'at', 'be', 'before', 'between', 'by', 'during',
  'for', 'from', 'if', 'in', 'including', 'into', 'its', 'non', 'not', 'of', 'on', 'or', 'other', 'over',
  'per', 'prior', 'than', 'the', 'their', 'through', 'to', 'under', 'upon', 'v', 'vs', 'with', 'within',
  'without',
]);

/** Form fields of signature and notice blocks: never headings. */
const FORM_FIELD = /^(?:by|name|title|date|its|signature|attention|attn|address|telephone|phone|fax|facsimile|e-?mail|tel|witness)\b\s*:/i;

const MAX_HEADING_CHARS = 100;
const MAX_HEADING_WORDS = 12;

/** Whether `s` (one line or the run-in part of one) reads as a heading. */
export function isHeadingText(s: string): boolean {
  const raw = s.trim();
  const t = stripTrailing(raw);
  if (t.length < 3 || t.length > MAX_HEADING_CHARS) return false;
  if (/[,;]$/.test(t) || FORM_FIELD.test(raw)) return false;
  // Numbers inside ("For Cause 11.3 Following …") or a trailing page number mark a contents line.
  if (/\d+\.\d|\s\d+$/.test(t)) return false;
  // One phrase, not a sentence followed by another.
  if (/[a-z]{2}[.!?]\s+\S/.test(t)) return false;
  const letters = t.replace(/[^A-Za-z]/g, '');
  if (letters.length < 3 || letters.length < t.replace(/\s/g, '').length / 2) return false;
  // A leading digit would make it a numbered clause or a wrapped quantity ("173 of the 1933 Act").
  if (!/^["“‘'(\[]?[A-Z]/.test(t)) return false;
  // A capital sentence ("IN NO EVENT SHALL EITHER PARTY BE LIABLE …") is longer than a title.
  if (t.split(/\s+/).length > MAX_HEADING_WORDS) return false;
  return isAllCaps(letters, t) || isTitleCase(t);
}

function isAllCaps(letters: string, t: string): boolean {
  const upper = letters.replace(/[^A-Z]/g, '').length;
  return upper >= 3 && upper / letters.length >= 0.9 && /[A-Z]{2}/.test(t);
}

function isTitleCase(t: string): boolean {
  const words = t.split(/\s+/).filter((w) => /[A-Za-z]/.test(w));
  if (words.length === 0 || words.length > MAX_HEADING_WORDS) return false;
  for (const w of words) {
    const bare = w.replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
    if (bare.length === 0 || /^[A-Z0-9]/.test(bare)) continue;
    if (!MINOR_WORDS.has(bare.toLowerCase())) return false;
  }
  return true;
}

/** Heading text with its closing punctuation and inner runs of spaces removed. */
export function cleanHeading(s: string): string {
  return stripTrailing(s.trim()).replace(/\s+/g, ' ');
}

function stripTrailing(s: string): string {
  return s.replace(/\s*[.:\u2013\u2014-]+$/, '');
}

export interface RunInHeading {
  heading: string;
  /** Offset just past the heading and its closing punctuation. */
  end: number;
}

/**
 * The heading that starts at `from` (just after a clause number) on a line ending at
 * `lineEnd`: the whole rest of a short line, a phrase closed by "." or ":", or a run of
 * capitals followed by the clause text or by the next number.
 */
export function readRunInHeading(text: string, from: number, lineEnd: number): RunInHeading | null {
  if (from >= lineEnd) return null;
  const rest = text.slice(from, Math.min(lineEnd, from + 400));
  if (lineEnd - from <= MAX_HEADING_CHARS && isHeadingText(rest)) {
    return { heading: cleanHeading(rest), end: lineEnd };
  }
  const closed = /^(.{2,100}?)[.:](?=\s+\S)/.exec(rest);
  if (closed && isHeadingText(closed[1]!) && !/^["“]/.test(closed[1]!)) {
    return { heading: cleanHeading(closed[1]!), end: from + closed[0].length };
  }
  return readCapsPrefix(text, rest, from, lineEnd) ?? readTitlePrefix(text, rest, from, lineEnd);
}

/** Words that open a contract sentence, so a title-case run before one is a heading. */
const SENTENCE_OPENERS = new Set([
  'A', 'All', 'An', 'Any', 'As', 'At', 'Before', 'By', 'During', 'Each', 'Either', 'Except', 'For', 'From',
  'If', 'In', 'It', 'Neither', 'No', 'None', 'Notwithstanding', 'On', 'Subject', 'Such', 'The', 'This',
  'These', 'To', 'Unless', 'Upon', 'We', 'Where', 'With', 'Within', 'You',
]);

/**
 * "Term The term of this Agreement …", "Obligations Of The Parties 3.1 …": a
 * title-case run with no closing stop, recognised by what follows it, a clause number
 * or a word that opens a sentence. Only used right after a clause number.
 */
function readTitlePrefix(text: string, rest: string, from: number, lineEnd: number): RunInHeading | null {
  const word = /\S+/g;
  const words: RegExpExecArray[] = [];
  let m: RegExpExecArray | null;
  while ((m = word.exec(rest)) !== null && words.length < 10) {
    const bare = m[0].replace(/[^A-Za-z']/g, '');
    const title = /^[A-Z]/.test(m[0]) || MINOR_WORDS.has(bare.toLowerCase()) && /^[a-z]/.test(m[0]);
    if (!title || /[,;.:]$/.test(m[0]) || /\d/.test(m[0])) break;
    words.push(m);
  }
  // The whole run when a clause number follows it, else the longest run a sentence opener follows.
  if (m && words.length > 0 && parseMarker(text, from + m.index, lineEnd) !== null) {
    const headingText = rest.slice(0, words.at(-1)!.index + words.at(-1)![0].length);
    if (isHeadingText(headingText)) return { heading: cleanHeading(headingText), end: from + headingText.length };
  }
  for (let k = words.length - 1; k >= 1; k--) {
    const next = words[k]!;
    const opensSentence = SENTENCE_OPENERS.has(next[0]);
    if (!opensSentence) continue;
    const headingText = rest.slice(0, words[k - 1]!.index + words[k - 1]![0].length);
    if (isHeadingText(headingText)) return { heading: cleanHeading(headingText), end: from + headingText.length };
  }
  return null;
}

/** "GOVERNING LAW This Agreement …" → "GOVERNING LAW"; "CNET shall …" is not a heading. */
function readCapsPrefix(text: string, rest: string, from: number, lineEnd: number): RunInHeading | null {
  const word = /\S+/g;
  let last: RegExpExecArray | null = null;
  let count = 0;
  let m: RegExpExecArray | null;
  while ((m = word.exec(rest)) !== null) {
    const w = m[0];
    if (!/[A-Z]/.test(w) || /[a-z]/.test(w)) break;
    count++;
    last = m;
    if (count > 10) return null;
  }
  if (!last || m === null || /,$/.test(last[0])) return null;
  const headingText = rest.slice(0, last.index + last[0].length);
  if (headingText.replace(/[^A-Z]/g, '').length < 4) return null;
  const gap = rest.slice(last.index + last[0].length, m.index);
  const next = m[0];
  // A lone capitalised word before more capitals ("CNET Sales …") is a name starting a sentence,
  // unless a clause number follows it ("DEFINITIONS Section 1.01 …").
  const opensText = /^["“(\[]?[A-Z0-9§]/.test(next);
  if (!opensText) return null;
  if (count === 1 && gap.length < 2 && parseMarker(text, from + m.index, lineEnd) === null) return null;
  return { heading: cleanHeading(headingText), end: from + last.index + last[0].length };
}

const EXHIBIT = /^(?:EXHIBIT|Exhibit|SCHEDULE|Schedule|ANNEX|Annex|APPENDIX|Appendix|ATTACHMENT|Attachment|ADDENDUM|Addendum|RIDER|Rider)\b/;

/** "EXHIBIT A", "Schedule 2 – Fees": a line that opens an attachment with its own numbering. */
export function isExhibitLine(line: string): boolean {
  const t = line.trim();
  if (!EXHIBIT.test(t) || t.length > 200) return false;
  if (t.length <= 40 && !/[a-z]{2}[.!?]\s/.test(t)) return !/\b(?:hereto|attached|shall|sets?)\b/.test(t);
  return isHeadingText(t.slice(0, MAX_HEADING_CHARS)) && t === t.toUpperCase();
}
