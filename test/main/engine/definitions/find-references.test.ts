import { describe, expect, it } from 'vitest';
import { findReferences, romanValue } from '../../../../src/main/engine/definitions/find-references';
import { clauseAddress, createResolver } from '../../../../src/main/engine/definitions/resolve-references';

describe('findReferences', () => {
  it('finds sections, lists of sections, articles, clauses, schedules and exhibits', () => {
    const text = 'Subject to Section 9.2, Sections 4.1 and 4.3, Article IV, clause 5(b), Schedule 2 and Exhibit A, the Supplier shall deliver.';
    const found = findReferences(text);
    expect(found.map((r) => [r.kind, r.label, r.address.join('.')])).toEqual([
      ['section', 'Section 9.2', '9.2'],
      ['section', 'Sections 4.1', '4.1'],
      ['section', 'Sections 4.3', '4.3'],
      ['article', 'Article IV', 'iv'],
      ['clause', 'clause 5(b)', '5.b'],
      ['schedule', 'Schedule 2', '2'],
      ['exhibit', 'Exhibit A', 'a'],
    ]);
    for (const r of found) expect(text.slice(r.start, r.end)).toBe(r.label.split(' ')[1]);
  });

  it('leaves out another instrument\'s numbering and prose', () => {
    expect(findReferences('as defined in Section 365(n) of the Bankruptcy Code')).toEqual([]);
    expect(findReferences('under Section 2.1 of the License Agreement')).toEqual([]);
    expect(findReferences('this clause is short; see section A')).toEqual([]);
  });

  it('reads roman numerals', () => {
    expect(romanValue('iv')).toBe(4);
    expect(romanValue('xii')).toBe(12);
    expect(romanValue('12')).toBeNull();
  });
});

describe('resolving references to clauses', () => {
  const clauses = [
    { id: 1, path: ['1', '1.1'], number: '1.1', heading: 'Definitions', opening: '1.1 Definitions' },
    { id: 2, path: ['1', '1.2', '(a)'], number: '(a)', heading: null, opening: '(a) first' },
    { id: 3, path: ['1', '1.2', '(b)'], number: '(b)', heading: null, opening: '(b) second' },
    { id: 4, path: ['4'], number: '4', heading: 'Term', opening: 'ARTICLE 4 Term' },
    { id: 5, path: [], number: null, heading: 'SCHEDULE 2', opening: 'SCHEDULE 2 Prices' },
    { id: 6, path: [], number: null, heading: null, opening: 'EXHIBIT A – Form of Notice' },
  ];
  const resolve = createResolver(clauses);
  const ref = (text: string) => resolve(findReferences(text)[0]!);

  it('builds a clause address from its number path', () => {
    expect(clauseAddress(['1', '1.2', '(a)'], '(a)')).toEqual(['1', '2', 'a']);
    expect(clauseAddress(['2', 'A'], 'A')).toEqual(['2', 'a']);
    expect(clauseAddress([], '7.3')).toEqual(['7', '3']);
  });

  it('finds the clause, the first clause of a section, roman articles and schedules by heading', () => {
    expect(ref('see Section 1.2(b)')).toBe(3);
    expect(ref('see Section 1.2')).toBe(2);
    expect(ref('see Article IV')).toBe(4);
    expect(ref('see Schedule 2')).toBe(5);
    expect(ref('see Exhibit A')).toBe(6);
    expect(ref('see Section 8.4')).toBeNull();
  });
});
