import type { SegmentedClause } from '../types';
export function segmentClauses(text: string): SegmentedClause[] {
  const out: SegmentedClause[] = [];
  const re = /\S[\s\S]*?(?=\n\s*\n|\s*$)/g;
  for (const m of text.matchAll(re)) {
    out.push({ number: null, heading: null, path: [], level: 0, charStart: m.index!, charEnd: m.index! + m[0].length });
  }
  return out;
}
