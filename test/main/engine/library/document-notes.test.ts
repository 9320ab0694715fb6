import { describe, expect, it } from 'vitest';
import { notesOf, pageList } from '../../../../src/main/engine/library/document-notes';

describe('document notes', () => {
  it('names page ranges the way a person writes them', () => {
    expect(pageList([9, 3, 4, 5])).toBe('pages 3–5, 9');
    expect(pageList([2])).toBe('page 2');
  });
  it('says a scan was OCRed, how sure it was, and which pages are hard to read', () => {
    expect(notesOf({ notes: [], ocrPages: [1, 2, 3, 4], ocrConfidence: 88.6, lowQualityPages: [3, 4] })).toEqual([
      'Read by OCR (pages 1–4), mean word confidence 89 %.',
      'Pages 3–4 are hard to read; check the scan.',
    ]);
    expect(notesOf({ notes: ['Tracked.'], ocrPages: [], ocrConfidence: null, lowQualityPages: [] })).toEqual(['Tracked.']);
  });
});
