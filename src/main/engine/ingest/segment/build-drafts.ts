import type { Boundary } from './boundary';
import type { DraftClause } from './draft-clause';
import { isSpace } from './text-lines';

/** Cuts the text at the boundaries: each clause runs to the next boundary; text before the first is the preamble. */
export function buildDrafts(text: string, boundaries: readonly Boundary[]): DraftClause[] {
  const drafts: DraftClause[] = [];
  const firstPos = boundaries[0]?.pos ?? text.length;
  pushTrimmed(text, drafts, { start: 0, end: firstPos, number: null, heading: null, path: [], level: 0, kind: 'text', bodyStart: 0 });
  for (let i = 0; i < boundaries.length; i++) {
    const b = boundaries[i]!;
    const end = boundaries[i + 1]?.pos ?? text.length;
    pushTrimmed(text, drafts, {
      start: b.pos,
      end,
      number: b.number,
      heading: b.heading,
      path: b.path,
      level: b.level,
      kind: b.kind,
      bodyStart: b.bodyStart,
    });
  }
  return drafts;
}

function pushTrimmed(text: string, out: DraftClause[], d: DraftClause): void {
  let s = d.start;
  let e = d.end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (s < e) out.push({ ...d, start: s, end: e, bodyStart: Math.min(Math.max(d.bodyStart, s), e) });
}
