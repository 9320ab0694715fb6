import { describe, expect, it } from 'vitest';
import { parseMarker } from '../../../../../src/main/engine/ingest/segment/parse-marker';

/** Parses the marker at the start of `s` (a single line). */
function parse(s: string) {
  return parseMarker(s, 0, s.length);
}

describe('parseMarker', () => {
  it('reads decimal numbers of any depth, with or without a closing dot', () => {
    expect(parse('1. Definitions')).toMatchObject({ kind: 'decimal', parts: ['1'], worded: false });
    expect(parse('1.1 Scope')).toMatchObject({ kind: 'decimal', parts: ['1', '1'] });
    expect(parse('1.1.1 Detail')).toMatchObject({ kind: 'decimal', parts: ['1', '1', '1'] });
    expect(parse('4.02. Notices')).toMatchObject({ kind: 'decimal', parts: ['4', '02'] });
  });

  it('reads worded section numbers and suffixed sub-clauses', () => {
    expect(parse('Section 5.2 Force Majeure')).toMatchObject({ kind: 'decimal', parts: ['5', '2'], worded: true });
    expect(parse('SECTION 5. TERM')).toMatchObject({ kind: 'decimal', parts: ['5'], worded: true });
    expect(parse('§ 7 Notices')).toMatchObject({ kind: 'decimal', parts: ['7'], worded: true });
    expect(parse('12.3(b) the Buyer')).toMatchObject({ kind: 'decimal', parts: ['12', '3'], suffixes: ['b'] });
  });

  it('reads articles with roman or arabic numbers', () => {
    expect(parse('ARTICLE IV - PRICE')).toMatchObject({ kind: 'article', label: 'IV', value: 4 });
    expect(parse('Article 3. Payment')).toMatchObject({ kind: 'article', label: '3', value: 3 });
  });

  it('reads list tokens in their wrappers', () => {
    expect(parse('(a) the Buyer')).toMatchObject({ kind: 'enum', token: 'a', wrapper: 'paren' });
    expect(parse('(iv) the Buyer')).toMatchObject({ kind: 'enum', token: 'iv', wrapper: 'paren' });
    expect(parse('(A) The Buyer')).toMatchObject({ kind: 'enum', token: 'A', wrapper: 'paren' });
    expect(parse('(12) The Buyer')).toMatchObject({ kind: 'enum', token: '12', wrapper: 'paren' });
    expect(parse('b) The Buyer')).toMatchObject({ kind: 'enum', token: 'b', wrapper: 'close' });
    expect(parse('3) The Buyer')).toMatchObject({ kind: 'enum', token: '3', wrapper: 'close' });
    expect(parse('B. The Buyer')).toMatchObject({ kind: 'enum', token: 'B', wrapper: 'dot' });
    expect(parse('II. TERM')).toMatchObject({ kind: 'enum', token: 'II', wrapper: 'dot' });
  });

  it('accepts a bare number only when it is set apart or followed by capitals', () => {
    expect(parse('7   Term of this Agreement')).toMatchObject({ kind: 'decimal', parts: ['7'] });
    expect(parse('3 OUR DUTIES')).toMatchObject({ kind: 'decimal', parts: ['3'] });
    expect(parse('2019 was a good year')).toBeNull();
    expect(parse('30 days after delivery')).toBeNull();
  });

  it('rejects amounts, percentages and numbers glued to words', () => {
    expect(parse('4,000 units')).toBeNull();
    expect(parse('1.5% of Net Sales')).toBeNull();
    expect(parse('5.2million')).toBeNull();
    expect(parse('(a)the Buyer')).toBeNull();
    expect(parse('12.31.2019 is the date')).toBeNull();
    expect(parse('(ab) mixed')).toBeNull();
  });

  it('reports where the clause text starts', () => {
    const m = parse('5.2   Force Majeure.');
    expect(m?.end).toBe(3);
    expect(m?.textStart).toBe(6);
  });
});
