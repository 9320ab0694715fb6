// Owns wiring the clause-pdf: scheme into Electron (the only Electron file of pdf-protocol/).
import { protocol } from 'electron';
import { PDF_SCHEME } from '../../shared/pdf-url';
import { documentLookup, type LibraryEngine } from './document-lookup';
import { servePdf } from './serve-pdf';
import { VerifiedFileCache } from './verified-file';

/** Before app ready: a standard, secure scheme that fetch/XHR may use, with CORS and streamed bodies. */
export function registerPdfScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: PDF_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, stream: true } },
  ]);
}

/** After app ready: answers clause-pdf://document/<id> with the verified original PDF (serve-pdf.ts). */
export function handlePdfProtocol(engine: LibraryEngine): void {
  const source = documentLookup(engine);
  const files = new VerifiedFileCache();
  protocol.handle(PDF_SCHEME, (request) => servePdf(request, source, files));
}
