import { describe, expect, it } from 'vitest';
import { findDates, formatDate, parseDateAnswer, sameDate } from '../../../../../src/main/engine/review/values/extract-date';

describe('dates', () => {
  it.each([
    ['made as of May 8, 2014 between', '2014-05-08'],
    ['entered into this 8th day of May, 2014', '2014-05-08'],
    ['dated 3 June 2019', '2019-06-03'],
    ['effective 5/8/2014', '2014-05-08'],
    ['effective 05/08/14', '2014-05-08'],
    ['on 2021-01-15', '2021-01-15'],
    ['dated as of March ___, 2020', '2020-03'],
    ['this ____ day of ________, 2020', '2020'],
    ['Sept. 1st 1999', '1999-09-01'],
  ])('reads %j as %s', (text, expected) => {
    expect(findDates(text).map(formatDate)[0]).toBe(expected);
  });

  it('lists several dates in text order and ignores impossible ones', () => {
    expect(findDates('from January 1, 2020 until December 31, 2022').map(formatDate)).toEqual(['2020-01-01', '2022-12-31']);
    expect(findDates('Section 13/45/2020 applies')).toEqual([]);
  });

  it('compares against CUAD-style answers, blank parts matching anything', () => {
    expect(sameDate(parseDateAnswer('5/8/14')!, parseDateAnswer('2014-05-08')!)).toBe(true);
    expect(sameDate(parseDateAnswer('[]/[]/2020')!, parseDateAnswer('2020-03-01')!)).toBe(true);
    expect(sameDate(parseDateAnswer('5/8/14')!, parseDateAnswer('2014-05-09')!)).toBe(false);
    expect(parseDateAnswer('perpetual')).toBeNull();
  });
});
