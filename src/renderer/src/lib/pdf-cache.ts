/**
 * Open PDFs, kept for a few switches between results and then destroyed. Free of
 * pdf.js itself, so the library can forget a removed document's PDF without loading
 * pdf.js into the first screen (lib/pdf-page.ts loads it when a page is shown).
 */
interface Destroyable {
  destroy(): Promise<void>;
}

const KEEP = 3;
const open = new Map<number, Promise<Destroyable | null>>();

/** The open PDF of a document (null for a text document), opened with `load` the first time. */
export function cachedPdf<T extends Destroyable>(documentId: number, load: () => Promise<T | null>): Promise<T | null> {
  const cached = open.get(documentId) as Promise<T | null> | undefined;
  if (cached) {
    // Re-insert so the map's order is least recently used first.
    open.delete(documentId);
    open.set(documentId, cached);
    return cached;
  }
  const loading = load();
  open.set(documentId, loading);
  // A failed load is not kept, so the next look tries again.
  loading.catch(() => open.delete(documentId));
  while (open.size > KEEP) {
    const [oldest] = open.keys();
    forgetPdf(oldest!);
  }
  return loading;
}

/** Closes and forgets a document's PDF (removed, re-ingested, or least recently used). */
export function forgetPdf(documentId: number): void {
  const doc = open.get(documentId);
  open.delete(documentId);
  void doc?.then((d) => d?.destroy()).catch(() => undefined);
}
