/**
 * Finds where a clause's text lies among a PDF page's text items, so the page view can
 * draw highlight boxes over it. Both sides are reduced to lower-case letters and digits:
 * the stored clause text has been de-hyphenated, re-spaced and stripped of running
 * headers, while the page items keep the line breaks, hyphens and quotes as drawn.
 */

/** The part of one text item that belongs to the clause: item index and [start, end) in its string. */
export interface ItemSpan {
  item: number;
  start: number;
  end: number;
}

interface Stream {
  chars: string;
  /** For each char of `chars`, the item and the index in that item's string it came from. */
  item: number[];
  index: number[];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const PROBE = 40;
const RESYNC_PROBE = 14;
const RESYNC_REACH = 400;

function normalizedStream(strings: readonly string[]): Stream {
  const stream: Stream = { chars: '', item: [], index: [] };
  const parts: string[] = [];
  strings.forEach((text, item) => {
    for (let index = 0; index < text.length; index++) {
      for (const ch of text[index]!.normalize('NFKC').toLowerCase()) {
        if (!WORD_CHAR.test(ch)) continue;
        parts.push(ch);
        stream.item.push(item);
        stream.index.push(index);
      }
    }
  });
  stream.chars = parts.join('');
  return stream;
}

function normalized(text: string): string {
  return normalizedStream([text]).chars;
}

/** Where the clause starts on the page: its opening words, or failing that a later stretch (the number may be drawn apart). */
function findStart(page: string, clause: string): { page: number; clause: number } | null {
  for (let offset = 0; offset < Math.min(clause.length, 400); offset += PROBE / 2) {
    const probe = clause.slice(offset, offset + PROBE);
    if (probe.length < Math.min(PROBE, clause.length) / 2) break;
    const at = page.indexOf(probe);
    if (at !== -1) return { page: at, clause: offset };
  }
  return null;
}

/**
 * The item spans covering the clause on this page. Walks both streams in step; where
 * they part (a footer, a ligature the font maps oddly), it looks a little ahead on the
 * page for the clause's next words and carries on from there.
 */
export function matchClauseOnPage(itemStrings: readonly string[], clauseText: string): ItemSpan[] {
  const page = normalizedStream(itemStrings);
  const clause = normalized(clauseText);
  if (clause.length === 0 || page.chars.length === 0) return [];
  const start = findStart(page.chars, clause);
  if (!start) return [];

  const covered: number[] = [];
  let p = start.page;
  let c = start.clause;
  while (p < page.chars.length && c < clause.length) {
    if (page.chars[p] === clause[c]) {
      covered.push(p);
      p++;
      c++;
      continue;
    }
    const probe = clause.slice(c, c + RESYNC_PROBE);
    const next = page.chars.slice(p, p + RESYNC_REACH).indexOf(probe);
    if (probe.length < RESYNC_PROBE || next === -1) break;
    p += next;
  }
  const spans = toItemSpans(page, covered);
  if (c === clause.length) widenOverPunctuation(spans, itemStrings);
  return spans;
}

const PUNCTUATION = /[^\s\p{L}\p{N}]/u;

/** Letters and digits were matched; take in the quote before and the full stop after, as a reader would mark them. */
function widenOverPunctuation(spans: ItemSpan[], itemStrings: readonly string[]): void {
  const first = spans[0];
  const last = spans[spans.length - 1];
  if (!first || !last) return;
  while (first.start > 0 && PUNCTUATION.test(itemStrings[first.item]![first.start - 1]!)) first.start--;
  const lastText = itemStrings[last.item]!;
  while (last.end < lastText.length && PUNCTUATION.test(lastText[last.end]!)) last.end++;
}

function toItemSpans(stream: Stream, positions: number[]): ItemSpan[] {
  const spans = new Map<number, ItemSpan>();
  for (const p of positions) {
    const item = stream.item[p]!;
    const index = stream.index[p]!;
    const span = spans.get(item);
    if (!span) spans.set(item, { item, start: index, end: index + 1 });
    else {
      span.start = Math.min(span.start, index);
      span.end = Math.max(span.end, index + 1);
    }
  }
  return [...spans.values()].sort((a, b) => a.item - b.item);
}
