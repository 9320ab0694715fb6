import { describe, expect, it } from 'vitest';
import { splitOf } from '../../../../../src/main/engine/eval/cuad-grid/cuad-grid-data';
import { coversHalf, locateQuote, locateQuotes, quoteParts } from '../../../../../src/main/engine/eval/cuad-grid/locate-quotes';
import { parsePythonStringList } from '../../../../../src/main/engine/eval/cuad-grid/python-list';
import { hitAt, valueCorrect, type PairOutcome } from '../../../../../src/main/engine/eval/cuad-grid/score-cuad-grid';

describe('CUAD grid gold', () => {
  it('reads Python list literals with both quote styles and escapes', () => {
    expect(parsePythonStringList('[]')).toEqual([]);
    expect(parsePythonStringList(`['a b', "it's", 'say \\'x\\'']`)).toEqual(['a b', "it's", "say 'x'"]);
    expect(() => parsePythonStringList('nope')).toThrow();
  });

  it('splits by the first two hex digits of sha1(Filename)', () => {
    // sha1("x") starts with 11 (below 33), sha1("a") with 86.
    expect(splitOf('x')).toBe('test');
    expect(splitOf('a')).toBe('train');
  });

  it('locates quotes exactly or across different white space, each <omitted> part on its own', () => {
    const text = 'The Supplier shall\n  indemnify the Customer. Other words. The cap is fees paid.';
    expect(quoteParts('The Supplier shall <omitted> the cap is')).toEqual(['The Supplier shall', 'the cap is']);
    expect(locateQuote(text, 'shall indemnify the Customer')).toEqual({ start: 13, end: 43 });
    const { spans, missing } = locateQuotes(text, ['The Supplier shall <omitted> not in the text', 'The cap is fees paid.']);
    expect(spans).toHaveLength(2);
    expect(missing).toBe(1);
  });

  it('a clause hits when it covers at least half of a gold span', () => {
    expect(coversHalf({ start: 0, end: 50 }, { start: 40, end: 60 })).toBe(true);
    expect(coversHalf({ start: 0, end: 49 }, { start: 40, end: 60 })).toBe(false);
    const pair = { gold: [{ start: 100, end: 200 }], candidates: [{ start: 0, end: 90 }, { start: 90, end: 300 }] } as PairOutcome;
    expect(hitAt(pair, 1)).toBe(false);
    expect(hitAt(pair, 3)).toBe(true);
  });

  it('scores values by kind: Yes/No by presence, dates and durations by meaning, perpetual exactly', () => {
    const base = { valueKind: 'date' as const, found: true };
    expect(valueCorrect({ ...base, answer: '5/8/14', value: '2014-05-08' })).toBe(true);
    expect(valueCorrect({ ...base, answer: '5/8/14', value: null })).toBe(false);
    expect(valueCorrect({ ...base, answer: 'Perpetual', value: 'perpetual' })).toBe(true);
    expect(valueCorrect({ ...base, answer: '', value: '2014-05-08' })).toBeNull();
    expect(valueCorrect({ valueKind: 'duration', found: true, answer: 'successive 1 year', value: '12 months' })).toBe(true);
    expect(valueCorrect({ valueKind: 'duration', found: false, answer: 'Yes', value: null })).toBe(false);
    expect(valueCorrect({ valueKind: 'yesno', found: false, answer: 'No', value: 'No' })).toBe(true);
    expect(valueCorrect({ valueKind: 'jurisdiction', found: true, answer: 'Ontario, Canada', value: 'Ontario' })).toBe(true);
  });
});
