import { describe, expect, it } from 'vitest';
import { extractJurisdiction, sameJurisdiction } from '../../../../../src/main/engine/review/values/extract-jurisdiction';

describe('governing-law jurisdiction', () => {
  it.each([
    ['This Agreement shall be governed by the laws of the State of New York, without regard to conflicts of law.', 'New York'],
    ['governed by and construed in accordance with the laws of the Commonwealth of Massachusetts', 'Massachusetts'],
    ['This Agreement is governed by the laws of the Province of Ontario and the federal laws of Canada applicable therein.', 'Ontario'],
    ['This Agreement shall be governed by English law.', 'England'],
    ['The validity of this Agreement shall be construed under the laws of Delaware.', 'Delaware'],
    ["governed by the laws of the People's Republic of China", "People's Republic of China"],
  ])('reads %j', (text, expected) => {
    expect(extractJurisdiction(text)).toBe(expected);
  });

  it('says nothing when the clause names no governing law', () => {
    expect(extractJurisdiction('Notices shall be sent to New York by courier.')).toBeNull();
  });

  it('compares names loosely', () => {
    expect(sameJurisdiction('State of New York', 'New York')).toBe(true);
    expect(sameJurisdiction('Ontario', 'Ontario, Canada')).toBe(true);
    expect(sameJurisdiction('Texas', 'New York')).toBe(false);
  });
});

describe('governing-law jurisdiction, harder phrasings', () => {
  it.each([
    ['governed in all respects by the laws of the United States and the State of Florida', 'Florida'],
    ['SHALL BE GOVERNED BY, AND CONSTRUED IN ACCORDANCE WITH, THE LAWS OF THE STATE OF NEW YORK', 'New York'],
    ['Delaware corporation. This Agreement shall be governed by the Laws of the State of New York.', 'New York'],
    ['This Agreement shall be governed by the laws of the PRC, without regard to conflicts of law principles.', "People's Republic of China"],
  ])('reads %j', (text, expected) => {
    expect(extractJurisdiction(text)).toBe(expected);
  });
});
