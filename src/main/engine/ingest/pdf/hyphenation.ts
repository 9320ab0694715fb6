/**
 * Re-joins words split across a line end ("indem-" / "nification"). A split is only
 * undone when the next line starts with a lower-case letter; before a capital or a digit
 * the hyphen is real ("non-" / "Affiliate", "Section 5-" / "2") and the line is left
 * alone. Whether the joined word keeps its hyphen ("third-party") is decided by the
 * document itself: if it spells the hyphenated form elsewhere and never the closed one,
 * the hyphen stays.
 */
import type { PageLines } from './layout-types';

const SOFT_HYPHEN = '\u00AD';
// A word fragment ending in a hyphen (ASCII, U+2010 or soft hyphen) at the end of a line.
const SPLIT_END = /(\p{L}+)([-\u2010\u00AD])$/u;
// The rest of the word at the start of the next line, plus trailing punctuation kept with it.
const CONTINUATION = /^(\p{Ll}[\p{L}]*)(\S*)\s*/u;
const WORD = /\p{L}+(?:-\p{L}+)*/gu;

function vocabulary(pages: readonly PageLines[]): Set<string> {
  const words = new Set<string>();
  for (const page of pages) {
    for (const line of page.lines) {
      for (const match of line.text.toLowerCase().matchAll(WORD)) words.add(match[0]);
    }
  }
  return words;
}

interface LineRef {
  page: number;
  line: number;
}

export function joinHyphenatedWords(input: readonly PageLines[]): PageLines[] {
  const pages = input.map((page) => ({ ...page, lines: page.lines.map((line) => ({ ...line })) }));
  const words = vocabulary(pages);
  const refs: LineRef[] = [];
  pages.forEach((page, p) => page.lines.forEach((_, l) => refs.push({ page: p, line: l })));

  for (let i = 0; i + 1 < refs.length; i++) {
    const here = pages[refs[i]!.page]!.lines[refs[i]!.line]!;
    const nextRef = refs[i + 1]!;
    const next = pages[nextRef.page]!.lines[nextRef.line]!;
    // A paragraph break on the same page means the hyphen ended a paragraph, not a word.
    if (next.breakBefore && nextRef.page === refs[i]!.page) continue;
    const split = SPLIT_END.exec(here.text);
    const rest = split ? CONTINUATION.exec(next.text) : null;
    if (!split || !rest) continue;
    const [, head, hyphen] = split as unknown as [string, string, string];
    const [whole, tail, punctuation] = rest as unknown as [string, string, string];
    const keepHyphen =
      hyphen !== SOFT_HYPHEN &&
      words.has(`${head}-${tail}`.toLowerCase()) &&
      !words.has(`${head}${tail}`.toLowerCase());
    const joined = keepHyphen ? `${head}-${tail}` : `${head}${tail}`;
    here.text = here.text.slice(0, split.index) + joined + punctuation;
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
