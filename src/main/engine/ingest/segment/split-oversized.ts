import type { DraftClause } from './draft-clause';
import { isSpace } from './text-lines';

/**
 * Caps clause length: a clause longer than `maxChars` is cut into pieces packed up to
 * that size, at the best cut points it has: paragraph breaks first, then inline list
 * items, blank lines, line starts, sentence ends, and as a last resort any space.
 * The first piece keeps the number and heading; the others are unnumbered parts of it.
 */
export function splitOversized(
  text: string,
  drafts: readonly DraftClause[],
  cutLevels: ReadonlyArray<readonly number[]>,
  maxChars: number,
): DraftClause[] {
  const out: DraftClause[] = [];
  for (const d of drafts) {
    if (d.end - d.start <= maxChars) {
      out.push(d);
      continue;
    }
    const pieces: Array<[number, number]> = [];
    packRange(text, d.start, d.end, Math.max(d.bodyStart, d.start + 1), cutLevels, 0, maxChars, pieces);
    pieces.forEach(([s, e], k) => {
      if (k === 0) out.push({ ...d, end: e, bodyStart: Math.min(d.bodyStart, e) });
      else out.push({ start: s, end: e, number: null, heading: null, path: d.path, level: d.number === null ? d.level : d.level + 1, kind: 'text', bodyStart: s });
    });
  }
  return out;
}

function packRange(
  text: string,
  start: number,
  end: number,
  minCut: number,
  levels: ReadonlyArray<readonly number[]>,
  level: number,
  maxChars: number,
  out: Array<[number, number]>,
): void {
  if (end - start <= maxChars) return pushTrimmed(text, start, end, out);
  const cuts = level < levels.length ? within(levels[level]!, Math.max(start + 1, minCut), end) : spaceCuts(text, start, end);
  if (cuts.length === 0) {
    if (level >= levels.length) return pushTrimmed(text, start, end, out);
    return packRange(text, start, end, minCut, levels, level + 1, maxChars, out);
  }
  let pieceStart = start;
  let k = 0;
  while (pieceStart < end) {
    // The furthest cut that keeps the piece within size, else the nearest one.
    let cut = -1;
    while (k < cuts.length && cuts[k]! <= pieceStart) k++;
    let m = k;
    while (m < cuts.length && cuts[m]! - pieceStart <= maxChars) cut = cuts[m++]!;
    if (cut < 0) cut = k < cuts.length ? cuts[k]! : end;
    if (end - pieceStart <= maxChars) cut = end;
    packRange(text, pieceStart, cut, minCut, levels, level + 1, maxChars, out);
    pieceStart = cut;
  }
}

/** Sorted cut points strictly inside (from, to). */
function within(sorted: readonly number[], from: number, to: number): number[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < sorted.length && sorted[i]! < to; i++) if (sorted[i]! > from - 1) out.push(sorted[i]!);
  return out;
}

function spaceCuts(text: string, start: number, end: number): number[] {
  const out: number[] = [];
  for (let i = start + 1; i < end; i++) if (isSpace(text.charCodeAt(i - 1)) && !isSpace(text.charCodeAt(i))) out.push(i);
  return out;
}

function pushTrimmed(text: string, start: number, end: number, out: Array<[number, number]>): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (s < e) out.push([s, e]);
}
