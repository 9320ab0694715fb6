import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../src/shared/api';
import { documentState } from '../../src/renderer/src/lib/document-state';

const doc = (patch: Partial<DocumentSummary>): DocumentSummary => ({
  id: 1,
  sha256: 'x',
  path: '/c/a.pdf',
  title: 'A',
  pageCount: 3,
  clauseCount: 20,
  status: 'ready',
  chunkCount: 10,
  embeddedChunks: 10,
  error: null,
  ingestedAt: '2024-01-01T00:00:00Z',
  ...patch,
});

describe("a document's state in the library", () => {
  it('counts embedding progress only while a bi-encoder is loaded', () => {
    expect(documentState(doc({ embeddedChunks: 4 }), true)).toEqual({ label: 'Embedding 40 %', tone: 'busy' });
    expect(documentState(doc({ embeddedChunks: 4 }), false)).toEqual({ label: 'Searchable', tone: 'ready' });
    expect(documentState(doc({}), true)).toEqual({ label: 'Searchable', tone: 'ready' });
  });

  it('says failed for a file that could not be read', () => {
    expect(documentState(doc({ status: 'failed', error: 'This PDF has no text layer — it is a scan; OCR it first.' }), true).tone).toBe('failed');
  });
});
