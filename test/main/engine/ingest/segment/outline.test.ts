import { describe, expect, it } from 'vitest';
import type { Marker } from '../../../../../src/main/engine/ingest/segment/marker-types';
import { Outline } from '../../../../../src/main/engine/ingest/segment/outline';
import { parseMarker } from '../../../../../src/main/engine/ingest/segment/parse-marker';

function marker(s: string): Marker {
  const m = parseMarker(`${s} Text`, 0, s.length + 5);
  if (!m) throw new Error(`not a marker: ${s}`);
  return m;
}

/** Places each marker in turn and returns the number and path each one got. */
function place(...markers: string[]): Array<[string, string[], boolean]> {
  const outline = new Outline();
  return markers.map((s) => {
    const r = outline.read(marker(s));
    const p = outline.place(r);
    return [p.number, p.path, r.expected];
  });
}

describe('Outline', () => {
  it('nests decimals, lists and articles', () => {
    const out = place('ARTICLE XII', '12.3', '(b)', '(i)', '(ii)', '(c)', '12.4', 'ARTICLE XIII');
    expect(out.map(([, p]) => p)).toEqual([
      ['XII'],
      ['XII', '12.3'],
      ['XII', '12.3', '(b)'],
      ['XII', '12.3', '(b)', '(i)'],
      ['XII', '12.3', '(b)', '(ii)'],
      ['XII', '12.3', '(c)'],
      ['XII', '12.4'],
      ['XIII'],
    ]);
  });

  it('reads (i) after (h) as a letter, and (i) after a lead-in as a roman numeral', () => {
    const letters = place('1.', '(a)', '(b)', '(c)', '(d)', '(e)', '(f)', '(g)', '(h)', '(i)', '(j)');
    expect(letters.at(-2)![1]).toEqual(['1', '(i)']);
    expect(letters.at(-1)![1]).toEqual(['1', '(j)']);
    const romans = place('1.', '(a)', '(i)', '(ii)', '(iii)', '(b)');
    expect(romans.map(([, p]) => p.length)).toEqual([1, 2, 3, 3, 3, 2]);
  });

  it('reads (v) and (x) as letters in a letter list and as numerals in a roman list', () => {
    const letters = place('(a)', '(b)', '(c)', '(d)', '(e)', '(f)', '(g)', '(h)', '(i)', '(j)', '(k)', '(l)', '(m)',
      '(n)', '(o)', '(p)', '(q)', '(r)', '(s)', '(t)', '(u)', '(v)');
    expect(letters.at(-1)![1]).toEqual(['(v)']);
    const romans = place('(a)', '(i)', '(ii)', '(iii)', '(iv)', '(v)');
    expect(romans.at(-1)![1]).toEqual(['(a)', '(v)']);
  });

  it('fills in the levels a deep number implies', () => {
    expect(place('1.1.1')[0]![1]).toEqual(['1', '1.1', '1.1.1']);
    expect(place('12.3(b)')[0]).toEqual(['12.3(b)', ['12', '12.3', '(b)'], false]);
  });

  it('does not repeat an article number as a section level', () => {
    expect(place('ARTICLE 5', 'Section 5.1')[1]![1]).toEqual(['5', '5.1']);
    expect(place('ARTICLE V', '5.1')[1]![1]).toEqual(['V', '5.1']);
  });

  it('knows which numbers continue the sequence', () => {
    const out = place('1.', '1.1', '1.2', '2.', '2.1', '(a)', '(b)', '2.2', '4.');
    expect(out.map(([, , expected]) => expected)).toEqual([true, true, true, true, true, true, true, true, false]);
  });

  it('reads "1." under a lettered item as a nested list, not a new top section', () => {
    const out = place('5.', '5.1', 'A.', '1.', '2.', 'B.', '6.');
    expect(out.map(([, p]) => p)).toEqual([
      ['5'],
      ['5', '5.1'],
      ['5', '5.1', 'A'],
      ['5', '5.1', 'A', '1'],
      ['5', '5.1', 'A', '2'],
      ['5', '5.1', 'B'],
      ['6'],
    ]);
  });
});
