import { describe, expect, it } from 'vitest';
import type { ClauseWithDocument } from '../../../../src/shared/api';
import { pinpointCitation } from '../../../../src/main/engine/export/citation';

function clause(overrides: Partial<ClauseWithDocument> = {}): ClauseWithDocument {
  return {
    id: 7, documentId: 1, ordinal: 3, number: '12.3', heading: 'Force Majeure', path: ['12', '12.3'],
    pageStart: 4, pageEnd: 4, charStart: 0, charEnd: 10, text: 'Neither party is liable.',
    documentTitle: 'Master Services Agreement', documentPath: '/contracts/msa.pdf', ...overrides,
  };
}

describe('pinpointCitation', () => {
  it('names the document, the clause number and heading, and the page', () => {
    expect(pinpointCitation(clause())).toBe('Master Services Agreement, § 12.3 (Force Majeure), p. 4');
  });
  it('joins a sub-paragraph to its parent and gives a page range', () => {
    expect(pinpointCitation(clause({ number: '(b)', heading: null, path: ['12', '12.3', '(b)'], pageEnd: 5 }))).toBe(
      'Master Services Agreement, § 12.3(b), pp. 4–5',
    );
  });
  it('keeps non-numeric numbers as written', () => {
    expect(pinpointCitation(clause({ number: 'IV', heading: 'Payment', path: ['IV'] }))).toBe('Master Services Agreement, IV (Payment), p. 4');
  });
  it('falls back to the heading or the page alone for unnumbered text', () => {
    expect(pinpointCitation(clause({ number: null, path: [], heading: 'Recitals' }))).toBe('Master Services Agreement, Recitals, p. 4');
    expect(pinpointCitation(clause({ number: null, path: [], heading: null }))).toBe('Master Services Agreement, p. 4');
  });
});
