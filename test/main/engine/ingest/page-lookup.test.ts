import { describe, expect, it } from 'vitest';
import { pageAt, pageRange } from '../../../../src/main/engine/ingest/page-lookup';

const pages = [
  { pageNumber: 1, charStart: 0, charEnd: 10 },
  { pageNumber: 2, charStart: 12, charEnd: 20 },
  { pageNumber: 3, charStart: 22, charEnd: 30 },
];

describe('page lookup', () => {
  it('maps offsets to their page, separators to the next page', () => {
    expect([0, 9, 10, 11, 12, 19, 25, 29, 99].map((o) => pageAt(pages, o))).toEqual([1, 1, 2, 2, 2, 2, 3, 3, 3]);
  });
  it('gives the first and last page of a span', () => {
    expect(pageRange(pages, 5, 15)).toEqual([1, 2]);
    expect(pageRange(pages, 12, 20)).toEqual([2, 2]);
    expect(pageRange(pages, 3, 3)).toEqual([1, 1]);
  });
  it('treats a document without page spans as one page', () => {
    expect(pageAt([], 50)).toBe(1);
  });
});
