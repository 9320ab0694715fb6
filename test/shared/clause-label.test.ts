import { describe, expect, it } from 'vitest';
import { displayHeading, fullClauseLabel, isHeadingFragment } from '../../src/shared/clause-label';
import { pageCitation } from '../../src/shared/page-citation';

describe('fullClauseLabel', () => {
  it('names a sub-paragraph with its parent', () => {
    expect(fullClauseLabel('(b)', ['7', '7.2', '(b)'])).toBe('§ 7.2(b)');
    expect(fullClauseLabel('(ii)', ['7', '7.2', '(b)', '(ii)'])).toBe('§ 7.2(b)(ii)');
    expect(fullClauseLabel('IV', ['IV'])).toBe('IV');
    expect(fullClauseLabel(null, [])).toBeNull();
  });
});

describe('headings that are sentence fragments', () => {
  it.each([
    ['months following the', '(c)'],
    ['Perform', '(b)'],
    ['the Services described in…', '3.1'],
  ])('treats %j as a fragment', (heading, number) => {
    expect(isHeadingFragment(heading, number)).toBe(true);
  });
  it.each([
    ['Force Majeure', '5.2'],
    ['Payment', '4'],
    ['Confidentiality.', '(a)'],
  ])('keeps %j as a heading', (heading, number) => {
    expect(isHeadingFragment(heading, number)).toBe(false);
  });
  it("shows the parent's heading instead of a fragment", () => {
    expect(displayHeading('Perform', '(b)', 'Services')).toBe('Services');
    expect(displayHeading('Force Majeure', '5.2', 'General')).toBe('Force Majeure');
    expect(displayHeading('months following the', '(c)', null)).toBeNull();
  });
});

describe('pageCitation', () => {
  it('cites the printed page with the PDF position where they differ', () => {
    expect(pageCitation({ pageStart: 100, pageEnd: 100, printedPageStart: '83', printedPageEnd: '83' })).toBe('p. 83 [PDF p. 100]');
    expect(pageCitation({ pageStart: 65, pageEnd: 67, printedPageStart: '52', printedPageEnd: '53' })).toBe('pp. 52–53 [PDF pp. 65–67]');
    expect(pageCitation({ pageStart: 3, pageEnd: 3, printedPageStart: '3', printedPageEnd: '3' })).toBe('p. 3');
    expect(pageCitation({ pageStart: 4, pageEnd: 4, printedPageStart: 'iv', printedPageEnd: 'iv' })).toBe('p. iv [PDF p. 4]');
  });
  it('cites the PDF position as such where no printed number is trusted', () => {
    expect(pageCitation({ pageStart: 9, pageEnd: 10, printedPageStart: null, printedPageEnd: '8' })).toBe('PDF pp. 9–10');
    expect(pageCitation({ pageStart: 9, pageEnd: 9 })).toBe('p. 9');
  });
});
