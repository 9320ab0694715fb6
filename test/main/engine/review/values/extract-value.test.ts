import { describe, expect, it } from 'vitest';
import { extractValue } from '../../../../../src/main/engine/review/values/extract-value';
import { titleLine } from '../../../../../src/main/engine/review/values/extract-title';

describe('cell values', () => {
  it('is Yes/No for presence types and null for a missing clause elsewhere', () => {
    expect(extractValue({ typeName: 'Audit Rights', valueKind: 'yesno', found: true, text: 'x' })).toBe('Yes');
    expect(extractValue({ typeName: 'Audit Rights', valueKind: 'yesno', found: false, text: null })).toBe('No');
    expect(extractValue({ typeName: 'Governing Law', valueKind: 'jurisdiction', found: false, text: 'laws of Texas' })).toBeNull();
  });

  it('reads dates, perpetual terms and the later date of an expiry', () => {
    expect(extractValue({ typeName: 'Agreement Date', valueKind: 'date', found: true, text: 'dated May 8, 2014' })).toBe('2014-05-08');
    expect(extractValue({ typeName: 'Expiration Date', valueKind: 'date', found: true, text: 'from January 1, 2020 until December 31, 2022' })).toBe('2022-12-31');
    expect(extractValue({ typeName: 'Expiration Date', valueKind: 'date', found: true, text: 'This Agreement shall continue in perpetuity.' })).toBe('perpetual');
  });

  it('picks the notice period, not the term, for the notice type', () => {
    const text = 'renews for successive one (1) year terms unless a party gives sixty (60) days notice of non-renewal';
    expect(extractValue({ typeName: 'Notice Period To Terminate Renewal', valueKind: 'duration', found: true, text })).toBe('60 days');
    expect(extractValue({ typeName: 'Renewal Term', valueKind: 'duration', found: true, text })).toBe('1 year');
  });

  it('reads a title line and skips exhibit labels', () => {
    expect(titleLine('Exhibit 10.1\n\nMASTER SUPPLY AGREEMENT\n\nThis Agreement is made...')).toBe('MASTER SUPPLY AGREEMENT');
    expect(titleLine('The parties agree that the supplier shall deliver goods on time and the customer shall pay for them promptly.')).toBeNull();
  });
});
