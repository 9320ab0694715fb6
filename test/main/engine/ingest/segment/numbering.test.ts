import { describe, expect, it } from 'vitest';
import { letterValue, romanValue, toRoman } from '../../../../../src/main/engine/ingest/segment/numbering';

describe('romanValue', () => {
  it('reads well-formed numerals in either case', () => {
    expect(romanValue('i')).toBe(1);
    expect(romanValue('iv')).toBe(4);
    expect(romanValue('IX')).toBe(9);
    expect(romanValue('xiv')).toBe(14);
    expect(romanValue('XL')).toBe(40);
  });

  it('rejects malformed ones', () => {
    expect(romanValue('iiii')).toBeNull();
    expect(romanValue('vx')).toBeNull();
    expect(romanValue('abc')).toBeNull();
    expect(romanValue('')).toBeNull();
  });

  it('round-trips with toRoman', () => {
    for (let v = 1; v < 60; v++) expect(romanValue(toRoman(v))).toBe(v);
  });
});

describe('letterValue', () => {
  it('counts a to z, then doubled letters', () => {
    expect(letterValue('a')).toBe(1);
    expect(letterValue('H')).toBe(8);
    expect(letterValue('z')).toBe(26);
    expect(letterValue('aa')).toBe(27);
    expect(letterValue('bb')).toBe(28);
  });

  it('rejects mixed letters', () => {
    expect(letterValue('ab')).toBeNull();
    expect(letterValue('a1')).toBeNull();
  });
});
