import { describe, expect, it } from 'vitest';
import type { ClauseWithDocument } from '../../../../src/shared/api';
import { pinpointCitation } from '../../../../src/main/engine/export/citation';

const clause = (documentPath: string): ClauseWithDocument => ({
  id: 1, documentId: 1, ordinal: 0, number: '12.3', heading: 'Force Majeure', path: ['12', '12.3'], pageStart: 1, pageEnd: 1,
  charStart: 0, charEnd: 10, text: 'x', documentTitle: 'Master Services Agreement', documentPath,
});

describe('pinpointCitation for files without fixed pages', () => {
  it('cites a Word clause by number and heading only, and a PDF clause with its page', () => {
    expect(pinpointCitation(clause('/c/msa.docx'))).toBe('Master Services Agreement, § 12.3 (Force Majeure)');
    expect(pinpointCitation(clause('/c/msa.PDF'))).toBe('Master Services Agreement, § 12.3 (Force Majeure), p. 1');
  });
});
