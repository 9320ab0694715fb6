import type { DraftClause } from './draft-clause';
import { isSpace } from './text-lines';

/**
 * Splits unnumbered stretches (preamble, recitals, exhibits, contracts without
 * numbers) at every paragraph break: with no numbering, the paragraph is the unit a
 * reader cites. Numbered clauses and tables of contents keep their paragraphs together.
 */
export function splitUnnumbered(text: string, drafts: readonly DraftClause[], breaks: readonly number[]): DraftClause[] {
  const out: DraftClause[] = [];
  let b = 0;
  for (const d of drafts) {
    while (b < breaks.length && breaks[b]! <= d.start) b++;
    if (d.kind === 'marker' || d.kind === 'contents') {
      out.push(d);
      continue;
    }
    let start = d.start;
    for (let j = b; j < breaks.length && breaks[j]! < d.end; j++) {
      const cut = breaks[j]!;
      if (cut <= d.bodyStart) continue;
      const end = trimEnd(text, start, cut);
      out.push(start === d.start ? { ...d, end } : paragraph(d, start, end));
      start = cut;
    }
    out.push(start === d.start ? d : paragraph(d, start, d.end));
  }
  return out;
}

function paragraph(parent: DraftClause, start: number, end: number): DraftClause {
  return { start, end, number: null, heading: null, path: parent.path, level: parent.level, kind: 'text', bodyStart: start };
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && isSpace(text.charCodeAt(e - 1))) e--;
  return e;
}
