import { isHeadingText } from './heading';
import { parseMarker } from './parse-marker';
import type { TextLine } from './text-lines';

/**
 * Tables of contents: every entry looks like a clause number and heading, so the
 * scanner would cut the table into dozens of empty clauses and confuse the numbering.
 * A table starts at a "TABLE OF CONTENTS" / "INDEX" title and runs until prose starts
 * or its first entry's number comes round again in the body.
 */

export interface ContentsRange {
  firstLine: number;
  lastLine: number;
}

const TITLE = /^(?:TABLE OF CONTENTS|Table of Contents|CONTENTS|Contents|INDEX)\b/;
/** Five lower-case words in a row: running text, which a table of contents does not have. */
const PROSE = /(?:\b[a-z][a-z'’-]*[,;:]?[ \t\u00a0]+){4}[a-z]/;
const MAX_LINES = 400;
const MAX_CHARS = 20_000;

export function findContentsRanges(text: string, lines: readonly TextLine[], noise: readonly boolean[]): ContentsRange[] {
  const ranges: ContentsRange[] = [];
  for (let i = 0; i < lines.length; i++) {
    const head = text.slice(lines[i]!.start, Math.min(lines[i]!.end, lines[i]!.start + 300));
    if (noise[i] || !TITLE.test(head) || PROSE.test(head)) continue;
    const last = findEnd(text, lines, noise, i);
    ranges.push({ firstLine: i, lastLine: last });
    i = last;
  }
  return ranges;
}

function findEnd(text: string, lines: readonly TextLine[], noise: readonly boolean[], first: number): number {
  let firstEntry: string | null = null;
  let last = first;
  const limit = Math.min(lines.length, first + MAX_LINES);
  for (let j = first + 1; j < limit; j++) {
    const line = lines[j]!;
    if (line.end - lines[first]!.start > MAX_CHARS) break;
    if (noise[j]) continue;
    const lineText = text.slice(line.start, Math.min(line.end, line.start + 400));
    if (PROSE.test(lineText)) return backOffHeadings(text, lines, noise, first, last);
    const marker = parseMarker(text, line.start, line.end);
    if (marker) {
      const key = text.slice(marker.start, marker.end).replace(/\W+$/, '');
      if (firstEntry === null) firstEntry = key;
      else if (key === firstEntry) break;
    }
    last = j;
  }
  return last;
}

/**
 * The lines just before the first prose are usually the first real heading
 * ("ARTICLE 1", "DEFINITIONS", "1.1 Defined Terms"), not table entries, which end with
 * a page number. Up to three such lines go back to the body.
 */
function backOffHeadings(text: string, lines: readonly TextLine[], noise: readonly boolean[], first: number, last: number): number {
  let end = last;
  for (let k = 0; k < 3 && end > first; k++) {
    const line = lines[end]!;
    const lineText = text.slice(line.start, line.end);
    if (noise[end]) break;
    const marker = parseMarker(text, line.start, line.end);
    const rest = marker ? text.slice(marker.textStart, line.end) : lineText;
    if (/\d$/.test(lineText) || (rest.length > 0 && !isHeadingText(rest))) break;
    end--;
  }
  return end;
}
