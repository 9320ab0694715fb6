import { describe, expect, it } from 'vitest';
import { findDurations, formatDuration, parseDurationAnswer, pickDuration, sameDuration } from '../../../../../src/main/engine/review/values/extract-duration';

describe('durations', () => {
  it.each([
    ['within thirty (30) days of receipt', '30 days'],
    ['for successive one (1) year terms', '1 year'],
    ['a period of 6 months', '6 months'],
    ['successive two-year periods', '2 years'],
    ['ninety days notice', '90 days'],
    ['one hundred twenty (120) days', '120 days'],
    ['forty-five days', '45 days'],
  ])('reads %j as %s', (text, expected) => {
    const [first] = findDurations(text);
    expect(first && formatDuration(first)).toBe(expected);
  });

  it('takes the period nearest the words that mark it', () => {
    const text = 'The initial term is five (5) years and renews for successive one (1) year terms unless either party gives ninety (90) days notice.';
    expect(formatDuration(pickDuration(text, [/notice/])!)).toBe('90 days');
    expect(formatDuration(pickDuration(text, [/renew/, /successive/])!)).toBe('1 year');
    expect(pickDuration('no period here', [/notice/])).toBeNull();
  });

  it('treats 12 months as one year and reads CUAD answers', () => {
    expect(sameDuration(parseDurationAnswer('12 months')!, parseDurationAnswer('successive 1 year')!)).toBe(true);
    expect(sameDuration(parseDurationAnswer('30 days')!, parseDurationAnswer('60 days')!)).toBe(false);
    expect(parseDurationAnswer('three (3) years')).toEqual({ amount: 3, unit: 'year' });
  });
});
