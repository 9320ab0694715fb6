import { describe, expect, it } from 'vitest';
import { isExhibitLine, isHeadingText, readRunInHeading } from '../../../../../src/main/engine/ingest/segment/heading';

function runIn(s: string) {
  return readRunInHeading(s, 0, s.length);
}

describe('isHeadingText', () => {
  it('accepts capital and title-case titles', () => {
    for (const s of ['DEFINITIONS', 'Governing Law', 'Limitation of Liability', 'REPRESENTATIONS, WARRANTIES AND COVENANTS', 'Services to be Rendered.']) {
      expect(isHeadingText(s), s).toBe(true);
    }
  });

  it('rejects sentences, form fields, table cells and contents lines', () => {
    for (const s of [
      'The Supplier shall deliver the Goods.',
      'By:',
      'Name: Jane Roe',
      'Ky',
      '51,000',
      'For Cause 11.3 Following Change in Control',
      'Definitions 5',
      'the Buyer',
      '173 of the 1933 Act',
    ]) {
      expect(isHeadingText(s), s).toBe(false);
    }
  });
});

describe('readRunInHeading', () => {
  it('takes a title closed by a full stop', () => {
    expect(runIn('Force Majeure. The Supplier is not liable.')).toEqual({ heading: 'Force Majeure', end: 14 });
  });

  it('takes the whole rest of a short title line', () => {
    expect(runIn('LIMITATION OF LIABILITY')?.heading).toBe('LIMITATION OF LIABILITY');
  });

  it('takes a capital title run into the text or into the next number', () => {
    expect(runIn('GOVERNING LAW This Agreement is governed by English law.')?.heading).toBe('GOVERNING LAW');
    expect(runIn('DEFINITIONS 1.1 "Goods" means boxes.')?.heading).toBe('DEFINITIONS');
  });

  it('does not take the start of a sentence', () => {
    expect(runIn('The Supplier shall deliver. Then it shall invoice.')).toBeNull();
    expect(runIn('CNET shall provide the banners each month.')).toBeNull();
    expect(runIn('"Affiliate" means any entity controlling a Party.')).toBeNull();
  });
});

describe('isExhibitLine', () => {
  it('recognises attachment titles but not sentences about them', () => {
    expect(isExhibitLine('EXHIBIT A')).toBe(true);
    expect(isExhibitLine('Schedule 2 - Fees')).toBe(true);
    expect(isExhibitLine('Exhibit A attached hereto sets out the fees.')).toBe(false);
  });
});
