/**
 * The URL of a document's original PDF in the desktop app: main serves it through its own
 * `clause-pdf:` scheme (src/main/pdf-protocol/), with range requests, so pdf.js reads only
 * the parts it draws instead of the whole file crossing IPC.
 */
export const PDF_SCHEME = 'clause-pdf';

export function pdfUrl(documentId: number): string {
  return `${PDF_SCHEME}://document/${documentId}`;
}

/** The document id a clause-pdf URL names, or null when it names none. */
export function documentIdOfPdfUrl(url: string): number | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const match = /^\/(\d{1,15})\/?$/.exec(parsed.pathname);
  if (parsed.protocol !== `${PDF_SCHEME}:` || parsed.host !== 'document' || !match) return null;
  return Number(match[1]);
}
