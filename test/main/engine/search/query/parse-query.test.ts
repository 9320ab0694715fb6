import { describe, expect, it } from 'vitest';
import { MAX_QUERY_TERMS, parseQuery } from '../../../../../src/main/engine/search/query/parse-query';
import { QueryError } from '../../../../../src/shared/errors';

describe('parseQuery', () => {
  it('splits plain words, lower-cased and de-duplicated', () => {
    expect(parseQuery('Force Majeure force')).toEqual({ terms: ['force', 'majeure'], phrases: [] });
  });

  it('keeps "quoted phrases" as phrases and their words as terms', () => {
    expect(parseQuery('"limitation of liability" cap')).toEqual({
      terms: ['limitation', 'of', 'liability', 'cap'],
      phrases: [['limitation', 'of', 'liability']],
    });
  });

  it('reads section references as phrases', () => {
    expect(parseQuery('Section 4.2').phrases).toEqual([['4', '2']]);
    expect(parseQuery('see 4.2(b) and 12.3.1').phrases).toEqual([['4', '2', 'b'], ['12', '3', '1']]);
  });

  it('treats FTS5 operators and syntax as plain text', () => {
    expect(parseQuery('indemn* AND NEAR(foo bar) OR NOT baz').terms).toEqual(['indemn', 'and', 'near', 'foo', 'bar', 'or', 'not', 'baz']);
    expect(parseQuery('title: ^termination -notice').terms).toEqual(['title', 'termination', 'notice']);
    expect(parseQuery('"unbalanced quote (paren').terms).toEqual(['unbalanced', 'quote', 'paren']);
  });

  it('caps a huge query instead of failing', () => {
    const huge = Array.from({ length: 2000 }, (_, i) => `word${i}`).join(' ');
    expect(parseQuery(huge).terms).toHaveLength(MAX_QUERY_TERMS);
  });

  it('rejects empty and word-less queries with a sentence', () => {
    expect(() => parseQuery('   ')).toThrow(QueryError);
    expect(() => parseQuery('')).toThrow('Type something to search for.');
    expect(() => parseQuery('*** () "" ^')).toThrow(/no words or numbers/);
    expect(() => parseQuery('🙂🙂')).toThrow(QueryError);
  });
});
