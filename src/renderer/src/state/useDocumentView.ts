import { useEffect, useState } from 'react';
import type { DocumentView } from '../../../shared/app-api';
import { api, errorSentence } from '../api/client';

const cache = new Map<number, Promise<DocumentView>>();

/** Forget a document's cached view (it was removed or re-ingested). */
export function forgetDocumentView(documentId: number): void {
  cache.delete(documentId);
}

/** A document's text, clauses and pages; fetched once per document and shared by the context views. */
export function useDocumentView(documentId: number | null): { view: DocumentView | null; error: string | null } {
  const [state, setState] = useState<{ id: number | null; view: DocumentView | null; error: string | null }>({ id: null, view: null, error: null });
  useEffect(() => {
    if (documentId === null) return;
    let live = true;
    let loading = cache.get(documentId);
    if (!loading) {
      loading = api().getDocumentView(documentId);
      cache.set(documentId, loading);
      loading.catch(() => cache.delete(documentId));
    }
    loading.then(
      (view) => live && setState({ id: documentId, view, error: null }),
      (e: unknown) => live && setState({ id: documentId, view: null, error: errorSentence(e) }),
    );
    return () => {
      live = false;
    };
  }, [documentId]);
  // A view for another document is never shown while the new one loads.
  return state.id === documentId ? { view: state.view, error: state.error } : { view: null, error: null };
}
