// Owns finding a document's ingested path and hash for the clause-pdf: handler in main.
import type { DocumentSummary } from '../../shared/api';
import type { AppEvent } from '../../shared/app-api';
import type { PdfSource } from './serve-pdf';

export interface LibraryEngine {
  call(method: 'listDocuments', args: []): Promise<DocumentSummary[]>;
  onEvent(listener: (event: AppEvent) => void): () => void;
}

/**
 * pdf.js asks for many ranges of one file: the library's list is fetched once and kept
 * until the library changes (an ingest, a removal), not fetched per request.
 */
export function documentLookup(engine: LibraryEngine): PdfSource & { dispose(): void } {
  let known: Promise<Map<number, { path: string; sha256: string }>> | null = null;
  const load = () =>
    engine.call('listDocuments', []).then((docs) => new Map(docs.map((d) => [d.id, { path: d.path, sha256: d.sha256 }])));
  const unsubscribe = engine.onEvent((event) => {
    if (event.type === 'library-changed' || event.type === 'engine-restarted') known = null;
  });
  return {
    async lookup(documentId) {
      const cached = known !== null;
      known ??= load();
      let docs = await known.catch((error: unknown) => {
        known = null;
        throw error;
      });
      // A document added since the list was read, before its library-changed event arrived.
      if (!docs.has(documentId) && cached) docs = await (known = load());
      return docs.get(documentId) ?? null;
    },
    dispose: unsubscribe,
  };
}
