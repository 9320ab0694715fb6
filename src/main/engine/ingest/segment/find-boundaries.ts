import type { Boundary } from './boundary';
import { findContentsRanges } from './contents';
import { cleanHeading, isExhibitLine, isHeadingText, readRunInHeading } from './heading';
import type { Marker } from './marker-types';
import { Outline, type Reading } from './outline';
import { parseMarker } from './parse-marker';
import type { TextLine } from './text-lines';

/**
 * Walks the lines once, in order, and finds every clause start: numbers at a line
 * start, numbers run into a line after a sentence end, heading lines and exhibit
 * titles. The outline is updated as it goes, so each number is read in the context
 * of the numbers before it.
 */

export interface ScanResult {
  boundaries: Boundary[];
  /** Line starts of list items that run on from their lead-in: no clause starts there, but a long clause may be cut there. */
  inlineItemStarts: number[];
}

/** A sentence end, a colon, or a wide gap (a line break flattened into spaces) before a run-in number. */
const RUN_IN_GAP = /(?:[.!?:;]["”’)\]]*[ \t\u00a0]+(?:(?:and|or)[ \t\u00a0]+)?|[ \t\u00a0]{3,})(?=[(\dA-Z§])/g;
/** Words that introduce a cross-reference, so the number after them is not a clause start. */
const REFERENCE_WORD = /\b(?:sections?|clauses?|articles?|paragraphs?|sub-?clauses?|sub-?sections?|schedules?|exhibits?|annex(?:es)?|and|or|to|of|in|under|with|per)$/i;
const SENTENCE_END = /[.!?:;]["”’)\]]*$/;
const LIST_JOIN = /\b(?:and|or)$/;
/** The set phrases that open recitals, the operative part and the signature block. */
const FORMULA = /^(?:WHEREAS\b|NOW,? THEREFORE\b|IN WITNESS WHEREOF\b)/i;
/** Three lower-case words: running text rather than a title or a table cell. */
const PROSE = /\b[a-z]{2,}\b.*?\b[a-z]{2,}\b.*?\b[a-z]{2,}\b/;
/** Longer lines than this are body text, not titles, headings or signature lines. */
const SHORT_LINE = 100;

class Scanner {
  readonly outline = new Outline();
  readonly boundaries: Boundary[] = [];
  readonly inlineItemStarts: number[] = [];

  constructor(private readonly text: string) {}

  scanLine(line: TextLine, paraStart: boolean, prev: TextLine | null, next: TextLine | null): void {
    const { text } = this;
    const prevText = prev ? text.slice(Math.max(prev.start, prev.end - 12), prev.end) : '';
    const bare = prev !== null && this.lastIsBare(prev);
    // The line before ended a sentence, or was only a number or title.
    const prevEnded = prev === null || SENTENCE_END.test(prevText) || bare;
    // … or ended a list item ("…; and").
    const prevClosed = prevEnded || LIST_JOIN.test(prevText);
    let scanFrom = line.start;

    const marker = parseMarker(text, line.start, line.end);
    const reading = marker ? this.outline.read(marker) : null;
    if (marker && reading && acceptAtLineStart(text, marker, reading, paraStart, prevClosed)) {
      scanFrom = this.addMarker(marker, reading, line.end, true);
    } else {
      const lineText = text.slice(line.start, line.end);
      // Titles stand in a paragraph of their own after a finished sentence; a caps line
      // inside a broken sentence is page furniture.
      const canHead = (paraStart && (prevEnded || (prev !== null && prev.end - prev.start <= SHORT_LINE))) || bare;
      if ((canHead || (paraStart && lineText.length <= 40)) && isExhibitLine(lineText)) {
        this.outline.reset();
        this.boundaries.push({ pos: line.start, number: null, heading: cleanHeading(lineText), path: [], level: 0, kind: 'exhibit', bodyStart: line.end });
        scanFrom = line.end;
      } else if (paraStart && FORMULA.test(lineText)) {
        // "WHEREAS", "NOW, THEREFORE", "IN WITNESS WHEREOF" stand outside the numbered sections,
        // and what follows them is numbered afresh (recitals "A.", "B." do not go on into the body).
        this.outline.reset();
        this.boundaries.push({ pos: line.start, number: null, heading: null, path: [], level: 0, kind: 'heading', bodyStart: line.start });
      } else if (canHead && isHeadingLine(text, lineText, next)) {
        scanFrom = line.end;
        this.addHeadingLine(line, lineText);
      } else if (bare) {
        // "ARTICLE II" ⏎ "TRANSACTION Section 2.01 …": the line opens with the title of the number above.
        scanFrom = this.nameBareMarker(line) ?? scanFrom;
      } else if (paraStart && prevEnded) {
        scanFrom = this.addRunInHeading(line) ?? scanFrom;
      }
    }
    this.scanRunIns(scanFrom, line.end, scanFrom > line.start);
  }

  addContents(first: TextLine, last: TextLine): void {
    const title = /^(?:TABLE OF CONTENTS|Table of Contents|CONTENTS|Contents|INDEX)/.exec(this.text.slice(first.start, first.end));
    this.boundaries.push({ pos: first.start, number: null, heading: title?.[0] ?? null, path: [], level: 0, kind: 'contents', bodyStart: last.end });
  }

  private addHeadingLine(line: TextLine, lineText: string): void {
    const last = this.boundaries.at(-1);
    if (last && last.kind === 'marker' && last.heading === null && this.text.slice(last.bodyStart, line.start).trim() === '') {
      // "ARTICLE 1" ⏎ "DEFINITIONS": the line names the clause above it.
      last.heading = cleanHeading(lineText);
      last.bodyStart = line.end;
      return;
    }
    const path = this.outline.closeLists();
    this.boundaries.push({ pos: line.start, number: null, heading: cleanHeading(lineText), path, level: path.length, kind: 'heading', bodyStart: line.end });
  }

  private nameBareMarker(line: TextLine): number | null {
    const last = this.boundaries.at(-1)!;
    const runIn = readRunInHeading(this.text, line.start, line.end);
    if (!runIn) return null;
    if (last.heading === null) {
      last.heading = runIn.heading;
    } else if (isCaps(last.heading) && isCaps(runIn.heading)) {
      // "2. ASSIGNMENT" ⏎ "OF ARIZONA ASSIGNED IP 2.1 …": a capital title wrapped onto the next line.
      last.heading = `${last.heading} ${runIn.heading}`;
    } else {
      return null;
    }
    last.bodyStart = runIn.end;
    return runIn.end;
  }

  /** "INDEMNIFICATION. Consultant shall …" opening a paragraph: a section whose number the text lacks. */
  private addRunInHeading(line: TextLine): number | null {
    const runIn = readRunInHeading(this.text, line.start, line.end);
    if (!runIn || runIn.end >= line.end) return null;
    // "Notices. All notices …", or "TERMS AND CONDITIONS 1. APPOINTMENT …" where a number follows.
    if (!/[.:]$/.test(this.text.slice(line.start, runIn.end)) && !this.numberFollows(runIn.end, line.end)) return null;
    const path = this.outline.closeLists();
    this.boundaries.push({ pos: line.start, number: null, heading: runIn.heading, path, level: path.length, kind: 'heading', bodyStart: runIn.end });
    return runIn.end;
  }

  private numberFollows(from: number, lineEnd: number): boolean {
    let at = from;
    while (at < lineEnd && /\s/.test(this.text[at]!)) at++;
    const marker = parseMarker(this.text, at, lineEnd);
    return marker !== null && this.outline.read(marker).expected;
  }

  /** Places the number in the outline and opens a clause for it, unless it is an inline item. */
  private addMarker(marker: Marker, reading: Reading, lineEnd: number, atLineStart: boolean): number {
    // A list whose first item goes on in lower case ("unless (a) it is …") is part of its lead-in sentence.
    const inline = marker.kind === 'enum' && (reading.inline ?? /^[a-z]/.test(this.text[marker.textStart] ?? ''));
    if (inline) {
      this.outline.place(reading, true);
      if (atLineStart) this.inlineItemStarts.push(marker.start);
      return marker.textStart;
    }
    const runIn = readRunInHeading(this.text, marker.textStart, lineEnd);
    const bodyStart = runIn?.end ?? marker.textStart;
    const titled = runIn !== null && (bodyStart >= lineEnd || runIn.heading === runIn.heading.toUpperCase());
    const placed = this.outline.place(reading, false, titled);
    this.boundaries.push({
      pos: marker.start,
      number: placed.number,
      heading: runIn?.heading ?? null,
      path: placed.path,
      level: placed.level,
      kind: 'marker',
      bodyStart,
    });
    return bodyStart;
  }

  private scanRunIns(from: number, lineEnd: number, afterMarker: boolean): void {
    const pos = afterMarker ? this.chainRunIns(from, lineEnd) : from;
    if (lineEnd - pos < 4) return;
    // Searched within the line only, so a line without run-ins costs one pass over itself.
    // The search starts one character early: the gap before a number begins with the "." before it.
    const base = Math.max(0, pos - 1);
    const lineText = this.text.slice(base, lineEnd);
    RUN_IN_GAP.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = RUN_IN_GAP.exec(lineText)) !== null) {
      const at = base + m.index + m[0].length;
      const next = this.tryRunIn(at, lineEnd, m[0]);
      if (next > at) RUN_IN_GAP.lastIndex = this.chainRunIns(next, lineEnd) - base - 1;
    }
  }

  /** Right after a number or heading, the clause text may itself open with a number ("1. GRANT 1.1 Rights."). */
  private chainRunIns(from: number, lineEnd: number): number {
    let pos = from;
    for (;;) {
      let at = pos;
      while (at < lineEnd && /\s/.test(this.text[at]!)) at++;
      const next = this.tryRunIn(at, lineEnd, '   ');
      if (next <= at) return pos;
      pos = next;
    }
  }

  /** Opens a clause for a run-in number at `at` when the context supports it; returns where to scan on. */
  private tryRunIn(at: number, lineEnd: number, gap: string): number {
    const { text, outline } = this;
    const marker = parseMarker(text, at, lineEnd);
    if (!marker) return at;
    const reading = outline.read(marker);
    // A number may end a line ("… as follows: ARTICLE II", a wrapped "1.3") when its text opens the next.
    if (marker.textStart >= lineEnd && !nextLineOpensText(text, lineEnd)) return at;
    const colon = gap.includes(':');
    // "… agrees as follows: 1. Term." may restart numbering used earlier (numbered recitals).
    const restartsAtOne = colon && marker.kind === 'decimal' && marker.parts.length === 1 && marker.parts[0] === '1';
    if (!reading.expected && !restartsAtOne) return at;
    const opensText = marker.textStart >= lineEnd || /^["“‘'(\[A-Z]/.test(text[marker.textStart]!);
    if (marker.kind === 'enum') {
      if (!opensText || reading.inline) return at;
      if (marker.wrapper === 'dot' && !(colon || /\s{3,}$/.test(gap))) return at;
    } else if (!opensText) {
      return at;
    }
    // "… subject to Clause   15.2 below": a cross-reference broken over a flattened line.
    if (!/[.!?:;]/.test(gap) && REFERENCE_WORD.test(text.slice(Math.max(0, at - gap.length - 12), at - gap.length))) return at;
    if (restartsAtOne && !reading.expected) outline.reset();
    return this.addMarker(marker, outline.read(marker), lineEnd, false);
  }

  /** The previous line was just a number or a heading: whatever follows opens its text. */
  private lastIsBare(prev: TextLine): boolean {
    const last = this.boundaries.at(-1);
    return !!last && last.pos >= prev.start && last.bodyStart >= prev.end;
  }
}

export function findBoundaries(text: string, lines: readonly TextLine[], noise: readonly boolean[]): ScanResult {
  const scanner = new Scanner(text);
  const contents = findContentsRanges(text, lines, noise);
  let c = 0;
  let prev: TextLine | null = null;
  // A page number or running header between two lines breaks the paragraph only if it stood apart.
  let gap = false;
  for (let i = 0; i < lines.length; i++) {
    if (noise[i]) {
      gap ||= lines[i]!.afterBlank;
      continue;
    }
    const line = lines[i]!;
    if (c < contents.length && contents[c]!.firstLine === i) {
      // The table is one clause; its entries neither start clauses nor move the numbering.
      const last = contents[c++]!.lastLine;
      scanner.addContents(line, lines[last]!);
      i = last;
      prev = lines[last]!;
      gap = false;
      continue;
    }
    let next: TextLine | null = null;
    for (let j = i + 1; j < lines.length && next === null; j++) if (!noise[j]) next = lines[j]!;
    scanner.scanLine(line, line.afterBlank || gap || prev === null, prev, next);
    prev = line;
    gap = false;
  }
  return { boundaries: scanner.boundaries, inlineItemStarts: scanner.inlineItemStarts };
}

function acceptAtLineStart(text: string, m: Marker, r: Reading, paraStart: boolean, prevClosed: boolean): boolean {
  const next = text[m.textStart] ?? '';
  const lower = /^[a-z]/.test(next);
  if (m.kind === 'article' && lower) return false;
  if (m.kind === 'decimal') {
    // "5.2 million …", "Section 4 of …" are text; "4.2.5 the term …" in sequence is a clause.
    if (lower && (m.worded || m.parts.length < 2 || !r.expected)) return false;
    const bare = !m.worded && m.parts.length === 1 && m.suffixes.length === 0 && text[m.end - 1] !== '.';
    if (bare && (!r.expected || !/^[A-Z]/.test(next))) return false;
  }
  if (m.kind === 'enum' && m.wrapper === 'dot' && !r.expected) return false;
  // Inside a paragraph, a line may start with a number only because the text was wrapped there.
  if (!paraStart) return (r.expected || r.plausible) && prevClosed;
  return true;
}

function nextLineOpensText(text: string, lineEnd: number): boolean {
  let i = lineEnd;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return /^["“‘'(\[A-Z]/.test(text[i] ?? '');
}

function isCaps(s: string): boolean {
  return s === s.toUpperCase() && /[A-Z]/.test(s);
}

function isHeadingLine(text: string, lineText: string, next: TextLine | null): boolean {
  if (lineText.length > SHORT_LINE || !isHeadingText(lineText) || next === null) return false;
  // A heading is not followed, in the same paragraph, by the rest of its sentence…
  if (!next.afterBlank && /^[a-z]/.test(text[next.start] ?? '')) return false;
  // …and it heads something: a numbered clause or running text, not another short cell of a table.
  if (next.end - next.start > SHORT_LINE || parseMarker(text, next.start, next.end) !== null) return true;
  return PROSE.test(text.slice(next.start, next.end));
}
