import { describe, expect, it } from 'vitest';
import { parseDelimited } from '../../../../src/main/engine/eval/delimited';

describe('parseDelimited', () => {
  it('reads CSV-quoted fields in a tab-separated file', () => {
    const text = 'query-id\tcorpus-id\tscore\n"""as is"" clause with carveouts"\te279\t3\nplain\tx\t0\n';
    expect(parseDelimited(text, '\t')).toEqual([
      ['query-id', 'corpus-id', 'score'],
      ['"as is" clause with carveouts', 'e279', '3'],
      ['plain', 'x', '0'],
    ]);
  });

  it('keeps tabs and newlines inside quotes, and quotes inside unquoted fields', () => {
    expect(parseDelimited('"a\tb"\t"c\nd"\te"f\n', '\t')).toEqual([['a\tb', 'c\nd', 'e"f']]);
  });

  it('handles CRLF, empty fields and a last line without a newline', () => {
    expect(parseDelimited('a\t\tc\r\n\t""\tz', '\t')).toEqual([
      ['a', '', 'c'],
      ['', '', 'z'],
    ]);
  });

  it('fails loudly on malformed quoting', () => {
    expect(() => parseDelimited('"abc\tx\n', '\t')).toThrow(/Unterminated quoted field starting on line 1/);
    expect(() => parseDelimited('ok\n"ab"c\tx\n', '\t')).toThrow(/after a closing quote on line 2/);
  });
});
