/** A piece of text cut into plain and highlighted runs. */
export interface Run {
  text: string;
  hit: boolean;
}

/**
 * Splits `text` into runs, marking the [start, end) spans in `matches`. Spans may
 * overlap or arrive unsorted (one per query term); they are merged first.
 */
export function highlightRuns(text: string, matches: ReadonlyArray<readonly [number, number]>, offset = 0): Run[] {
  const spans = mergeSpans(matches.map(([s, e]) => [s - offset, e - offset] as [number, number]), text.length);
  const runs: Run[] = [];
  let at = 0;
  for (const [start, end] of spans) {
    if (start > at) runs.push({ text: text.slice(at, start), hit: false });
    runs.push({ text: text.slice(start, end), hit: true });
    at = end;
  }
  if (at < text.length) runs.push({ text: text.slice(at), hit: false });
  return runs;
}

function mergeSpans(spans: Array<[number, number]>, length: number): Array<[number, number]> {
  const clipped = spans
    .map(([s, e]) => [Math.max(0, s), Math.min(length, e)] as [number, number])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const span of clipped) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([...span]);
  }
  return merged;
}

export interface Snippet {
  text: string;
  /** Offset of `text` inside the full clause text. */
  offset: number;
  clippedStart: boolean;
  clippedEnd: boolean;
}

/**
 * The part of a long clause a card shows: a window that starts shortly before the
 * first match, cut at word boundaries, so the highlighted words are always visible.
 */
export function snippetAround(text: string, matches: ReadonlyArray<readonly [number, number]>, maxChars = 360): Snippet {
  if (text.length <= maxChars) return { text, offset: 0, clippedStart: false, clippedEnd: false };
  const first = matches.length > 0 ? Math.min(...matches.map(([s]) => s)) : 0;
  let start = Math.max(0, Math.min(first - 80, text.length - maxChars));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space !== -1 && space < first) start = space + 1;
  }
  let end = Math.min(text.length, start + maxChars);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start + maxChars / 2) end = space;
  }
  return { text: text.slice(start, end), offset: start, clippedStart: start > 0, clippedEnd: end < text.length };
}
