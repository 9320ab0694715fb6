/**
 * Re-joins words split across a line end ("indem-" / "nification"). A split is only
 * undone when the next line starts with a lower-case letter; before a capital or a digit
 * the hyphen is real ("non-" / "Affiliate", "Section 5-" / "2") and the lines are left
 * alone. Contracts are rarely auto-hyphenated, so many line-end hyphens belong to
 * compounds ("royalty-" / "free"); the document itself decides (see `keepsHyphen`).
 */
import type { PageLines, PdfLine } from './layout-types';

const SOFT_HYPHEN = '\u00AD';
// A word fragment ending in a hyphen (ASCII, U+2010 or soft hyphen) at the end of a line.
const SPLIT_END = /(\p{L}+)([-\u2010\u00AD])$/u;
// The rest of the word at the start of the next line, and what is glued to it.
const CONTINUATION = /^(\p{Ll}\p{L}*)(\S*)\s*/u;
const WORD = /\p{L}+(?:-\p{L}+)*/gu;
// Prefixes that legal drafting hyphenates ("non-exclusive", "pre-approved").
const HYPHENATED_PREFIXES = new Set(['non', 'pre', 'post', 'co', 'self', 'anti', 'semi', 'quasi', 'multi', 'cross', 'ex']);

/** Words of the document, not counting the fragments on either side of a line-end hyphen. */
function vocabulary(lines: readonly PdfLine[]): Set<string> {
  const words = new Set<string>();
  let skipFirst = false;
  for (const line of lines) {
    const split = SPLIT_END.exec(line.text);
    let text = split ? line.text.slice(0, split.index) : line.text;
    if (skipFirst) text = text.replace(CONTINUATION, '');
    for (const match of text.toLowerCase().matchAll(WORD)) words.add(match[0]);
    skipFirst = split !== null;
  }
  return words;
}

/**
 * Keep the hyphen when the document spells the compound hyphenated, or, when it never
 * spells the closed form, when both halves are words of the document ("fully-paid") or
 * the first half is a hyphenating prefix. Otherwise it was a break inside one word.
 */
function keepsHyphen(head: string, tail: string, words: Set<string>): boolean {
  const first = head.toLowerCase();
  const second = tail.toLowerCase();
  if (words.has(`${first}-${second}`)) return true;
  if (words.has(`${first}${second}`)) return false;
  if (HYPHENATED_PREFIXES.has(first)) return true;
  return first.length > 1 && second.length > 1 && words.has(first) && words.has(second);
}

export function joinHyphenatedWords(input: readonly PageLines[]): PageLines[] {
  const pages = input.map((page) => ({ ...page, lines: page.lines.map((line) => ({ ...line })) }));
  const ordered = pages.flatMap((page) => page.lines.map((line) => ({ line, page: page.pageNumber })));
  const words = vocabulary(ordered.map(({ line }) => line));

  for (let i = 0; i + 1 < ordered.length; i++) {
    const { line: here, page } = ordered[i]!;
    const { line: next, page: nextPage } = ordered[i + 1]!;
    // A paragraph break on the same page means the hyphen ended a paragraph, not a word.
    if (next.breakBefore && nextPage === page) continue;
    const split = SPLIT_END.exec(here.text);
    const rest = split ? CONTINUATION.exec(next.text) : null;
    if (!split || !rest) continue;
    const [, head = '', hyphen] = split;
    const [whole, tail = '', glued = ''] = rest;
    const keep = hyphen !== SOFT_HYPHEN && keepsHyphen(head, tail, words);
    here.text = here.text.slice(0, split.index) + head + (keep ? '-' : '') + tail + glued;
    next.text = next.text.slice(whole.length);
  }

  // Drop lines emptied by a join and soft hyphens that were not at a line end.
  return pages.map((page) => {
    const lines = page.lines
      .map((line) => ({ ...line, text: line.text.split(SOFT_HYPHEN).join('') }))
      .filter((line) => line.text.length > 0);
    return { ...page, lines };
  });
}
