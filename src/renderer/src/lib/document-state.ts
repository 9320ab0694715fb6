import type { DocumentSummary } from '../../../shared/api';
import { percent } from './format';

export interface DocumentState {
  label: string;
  tone: 'ready' | 'busy' | 'failed';
}

/**
 * What a document's badge says. A document is searchable by its words as soon as it is
 * stored; while a bi-encoder is loaded and some of its passages have no vector yet, the
 * badge counts the embedding instead ("Embedding 40 %").
 */
export function documentState(doc: DocumentSummary, embedding: boolean): DocumentState {
  if (doc.status === 'failed') return { label: 'Failed', tone: 'failed' };
  if (embedding && doc.chunkCount > 0 && doc.embeddedChunks < doc.chunkCount) {
    return { label: `Embedding ${percent(doc.embeddedChunks, doc.chunkCount)} %`, tone: 'busy' };
  }
  return { label: 'Searchable', tone: 'ready' };
}
