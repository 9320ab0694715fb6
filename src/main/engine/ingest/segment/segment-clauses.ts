import type { SegmentedClause } from '../types';
import { buildDrafts } from './build-drafts';
import { findBoundaries } from './find-boundaries';
import { mergeFragments } from './merge-fragments';
import { mergeCrumbs } from './merge-crumbs';
import { mergeLeadIns } from './merge-lead-ins';
import { findNoiseLines } from './noise-lines';
import { findParagraphBreaks } from './paragraph-breaks';
import { splitOversized } from './split-oversized';
import { splitUnnumbered } from './split-paragraphs';
import { splitLines } from './text-lines';

/** The granularity settings; the defaults are the measured choice (see eval/segmentation). */
export interface SegmentOptions {
  /** A lead-in ending in ":" takes its list items in when the whole stays within this. */
  maxLeadInChars: number;
  /** No clause is longer than this; longer ones are cut at paragraph, line or sentence breaks. */
  maxClauseChars: number;
  /** Unnumbered bits shorter than this (a stray page mark, "[***]") join a neighbour. */
  minClauseChars: number;
}

export const MAX_CLAUSE_CHARS = 4000;

export const DEFAULT_SEGMENT_OPTIONS: SegmentOptions = {
  maxLeadInChars: 2500,
  maxClauseChars: MAX_CLAUSE_CHARS,
  minClauseChars: 25,
};

const SENTENCE_START = /[.!?;]["”’)\]]?\s+(?=["“(\[A-Z])/g;

/**
 * Splits a contract's text into clauses: the numbered sections and sub-sections it
 * defines itself, headed blocks, and paragraphs where there is no numbering. Clauses
 * come in document order, do not overlap, are trimmed of surrounding whitespace, and
 * together cover every non-space character of the text.
 */
export function segmentClauses(text: string, options: Partial<SegmentOptions> = {}): SegmentedClause[] {
  const opts = { ...DEFAULT_SEGMENT_OPTIONS, ...options };
  const lines = splitLines(text);
  const noise = findNoiseLines(text, lines);
  const { boundaries, inlineItemStarts } = findBoundaries(text, lines, noise);
  const breaks = findParagraphBreaks(text, lines, noise);

  let drafts = buildDrafts(text, boundaries);
  drafts = splitUnnumbered(text, drafts, breaks);
  drafts = mergeCrumbs(text, mergeFragments(drafts), opts.minClauseChars);
  drafts = mergeLeadIns(text, drafts, opts.maxLeadInChars);
  if (drafts.some((d) => d.end - d.start > opts.maxClauseChars)) {
    const cutLevels = [
      breaks,
      inlineItemStarts,
      lines.filter((l) => l.afterBlank).map((l) => l.start),
      lines.map((l) => l.start),
      [...text.matchAll(SENTENCE_START)].map((m) => m.index + m[0].length),
    ];
    drafts = splitOversized(text, drafts, cutLevels, opts.maxClauseChars);
  }
  return drafts.map((d) => ({
    number: d.number,
    heading: d.heading,
    path: d.path,
    level: d.level,
    charStart: d.start,
    charEnd: d.end,
  }));
}
