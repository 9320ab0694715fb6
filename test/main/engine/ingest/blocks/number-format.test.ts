import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../../../src/main/engine/ingest/blocks/number-format';

describe('formatNumber', () => {
  it('writes counters in Word and HTML list formats', () => {
    expect([1, 4, 9, 14, 40, 1999].map((n) => formatNumber(n, 'upperRoman'))).toEqual(['I', 'IV', 'IX', 'XIV', 'XL', 'MCMXCIX']);
    expect([1, 26, 27, 53].map((n) => formatNumber(n, 'lowerLetter'))).toEqual(['a', 'z', 'aa', 'aaa']);
    expect(formatNumber(3, 'upperLetter')).toBe('C');
    expect(formatNumber(7, 'decimalZero')).toBe('07');
    expect([1, 2, 3, 11, 22].map((n) => formatNumber(n, 'ordinal'))).toEqual(['1st', '2nd', '3rd', '11th', '22nd']);
    expect(formatNumber(21, 'cardinalText')).toBe('Twenty-one');
    expect([1, 12, 20, 23].map((n) => formatNumber(n, 'ordinalText'))).toEqual(['First', 'Twelfth', 'Twentieth', 'Twenty-third']);
    expect(formatNumber(5, 'bullet')).toBe('');
  });
});
