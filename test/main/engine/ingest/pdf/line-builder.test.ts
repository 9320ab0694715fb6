import { describe, expect, it } from 'vitest';
import { buildLines } from '../../../../../src/main/engine/ingest/pdf/line-builder';
import { toTextRuns } from '../../../../../src/main/engine/ingest/pdf/text-runs';

// A US Letter page as pdf.js's viewport maps it at scale 1: flip y, origin top-left.
const VIEWPORT = [1, 0, 0, -1, 0, 792];

/** A pdf.js-like text item at PDF user-space (x, y) in a font of `size` points. */
function item(str: string, x: number, y: number, size = 10, width = str.length * size * 0.5) {
  return { str, transform: [size, 0, 0, size, x, y], width, hasEOL: false };
}

function textOf(items: ReturnType<typeof item>[]): string[] {
  return buildLines(toTextRuns(items, VIEWPORT).get(0) ?? []).map((line) => line.text);
}

describe('buildLines', () => {
  it('orders lines top to bottom and runs left to right, whatever the stream order', () => {
    const lines = textOf([
      item('second line', 72, 686),
      item('world', 110, 700),
      item('Hello', 72, 700, 10, 25),
      item('Running footer', 72, 30),
    ]);
    expect(lines).toEqual(['Hello world', 'second line', 'Running footer']);
  });

  it('adds a space for a word gap but not for kerning or an existing space', () => {
    expect(textOf([item('indem', 72, 700, 10, 30), item('nity', 102.5, 700)])).toEqual(['indemnity']);
    expect(textOf([item('Force', 72, 700, 10, 25), item('Majeure', 100, 700)])).toEqual(['Force Majeure']);
    expect(textOf([item('Force ', 72, 700, 10, 28), item('Majeure', 100, 700)])).toEqual(['Force Majeure']);
  });

  it('keeps a superscript on its line and treats a space item as a space', () => {
    const lines = textOf([
      item('whose office is at 1151 Southwest 30', 72, 712),
      item('th', 252, 716.4, 5.7, 5),
      item(' ', 257, 716.4, 5.7, 3),
      item('Street, Palm City', 260, 712),
      item('previous line above', 72, 724.6),
    ]);
    expect(lines).toEqual(['previous line above', 'whose office is at 1151 Southwest 30th Street, Palm City']);
  });

  it('sets a footnote marker apart from the word it follows', () => {
    const lines = textOf([
      item('This Mutual Nondisclosure Agreement', 108, 700, 12, 187.6),
      item('12', 295.6, 704.5, 7.2, 7.2),
      item('(this “Agreement”) is made', 308.8, 700, 12),
    ]);
    expect(lines).toEqual(['This Mutual Nondisclosure Agreement 12 (this “Agreement”) is made']);
  });

  it('drops text overprinted to fake bold', () => {
    expect(textOf([item('GRANT.', 72, 700, 10, 30), item('GRANT.', 72.4, 700, 10, 30), item('The', 106, 700)])).toEqual([
      'GRANT. The',
    ]);
  });

  it('folds ligatures and odd spaces and collapses runs of spaces', () => {
    expect(textOf([item('ﬁnal  ofﬁce\u00a0\u2003hours\u200b\rnow', 72, 700)])).toEqual(['final office hours now']);
  });

  it('reads sideways text apart from the body', () => {
    const sideways = { str: 'DocuSign Envelope', transform: [0, 8, -8, 0, 20, 300], width: 70, hasEOL: false };
    const runs = toTextRuns([item('Body text here', 72, 700), sideways, { type: 'beginMarkedContent' }], VIEWPORT);
    expect(buildLines(runs.get(0) ?? []).map((line) => line.text)).toEqual(['Body text here']);
    const [orientation, rotated] = [...runs].find(([key]) => key !== 0)!;
    expect(orientation).not.toBe(0);
    expect(buildLines(rotated).map((line) => line.text)).toEqual(['DocuSign Envelope']);
  });
});
