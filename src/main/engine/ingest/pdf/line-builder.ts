/**
 * Positioned runs → lines in reading order. pdf.js emits items in content-stream
 * order, which is often not reading order (headers drawn last, words drawn out of
 * order), so lines are rebuilt from geometry alone: runs whose baselines agree within
 * a fraction of the font size form a line, lines go top to bottom, runs left to right.
 */
import type { PdfLine, TextRun } from './layout-types';
import { tidyLine } from './normalize-text';

// Baselines closer than this × font size are one line; the next line sits ≥ 1 em away.
const SAME_LINE = 0.45;
// Smaller text (superscripts "th", "TM"; subscripts) may sit further off the baseline,
// up to ~0.6 em of the larger text.
const SAME_LINE_SCRIPT = 0.65;
const SCRIPT_RATIO = 0.85;
// A horizontal gap wider than this × font size is a word space. Kerning stays under
// ~0.1 em, a space glyph is ~0.25 em and tight justification rarely goes below 0.18.
const WORD_GAP = 0.15;
// Text drawn twice a hair apart ("fake bold") would otherwise read "GRANTGRANT".
const OVERPRINT = 0.2;
// A smaller run raised this far (× line font size) above the baseline is a superscript.
const RAISED = 0.15;
// Footnote markers: set apart from the word they follow, or "Agreement¹²" would be
// indexed as the single token "agreement12". Ordinals ("26th") stay attached.
const FOOTNOTE_MARK = /^[\d*†‡§]+$/u;

interface LineGroup {
  y: number;
  size: number;
  runs: TextRun[];
}

export function buildLines(runs: readonly TextRun[]): PdfLine[] {
  const sorted = [...runs].sort((p, q) => p.y - q.y || p.x - q.x);
  const groups: LineGroup[] = [];
  for (const run of sorted) {
    const current = groups.at(-1);
    if (current && Math.abs(run.y - current.y) <= lineTolerance(current.size, run.size)) {
      current.runs.push(run);
      // The line's baseline follows its largest visible text, not a superscript.
      if (run.size > current.size && run.text.trim()) {
        current.size = run.size;
        current.y = run.y;
      }
    } else {
      groups.push({ y: run.y, size: run.size, runs: [run] });
    }
  }
  const lines: PdfLine[] = [];
  for (const group of groups) {
    const line = joinRuns(group);
    if (line) lines.push(line);
  }
  return lines;
}

function lineTolerance(a: number, b: number): number {
  const [small, large] = a < b ? [a, b] : [b, a];
  return (small < SCRIPT_RATIO * large ? SAME_LINE_SCRIPT : SAME_LINE) * large;
}

function joinRuns(group: LineGroup): PdfLine | null {
  // At equal x a space item goes after the glyphs it may overlap (a superscript).
  const runs = [...group.runs].sort((p, q) => p.x - q.x || isBlank(p) - isBlank(q));
  let text = '';
  let end = Number.NEGATIVE_INFINITY;
  let firstX: number | null = null;
  let previous: TextRun | null = null;
  // A space item only says "a space goes here": its width is unreliable (it may reach
  // over the next word), so it sets a flag instead of advancing the line's right edge.
  let spacePending = false;
  for (const run of runs) {
    if (isBlank(run)) {
      spacePending = text.length > 0;
      continue;
    }
    if (previous && isOverprint(previous, run)) continue;
    if (text.length > 0) {
      const gap = run.x - end;
      const wide = gap > WORD_GAP * Math.min(run.size, previous?.size ?? run.size);
      const footnote = isSuperscript(run, group) && FOOTNOTE_MARK.test(run.text.trim());
      if ((spacePending || wide || footnote) && !/\s$/.test(text) && !/^\s/.test(run.text)) text += ' ';
    }
    text += run.text;
    end = Math.max(end, run.x + run.width);
    firstX ??= run.x;
    previous = run;
    spacePending = false;
  }
  const tidy = tidyLine(text);
  if (!tidy || firstX === null) return null;
  return { text: tidy, x: firstX, xEnd: end, y: group.y, size: group.size, breakBefore: false };
}

function isSuperscript(run: TextRun, group: LineGroup): boolean {
  return run.size < SCRIPT_RATIO * group.size && group.y - run.y > RAISED * group.size;
}

function isBlank(run: TextRun): number {
  return run.text.trim() === '' ? 1 : 0;
}

function isOverprint(previous: TextRun, run: TextRun): boolean {
  return (
    previous.text === run.text &&
    Math.abs(previous.x - run.x) < OVERPRINT * run.size &&
    Math.abs(previous.y - run.y) < OVERPRINT * run.size
  );
}
