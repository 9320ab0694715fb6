// Owns answering clause-pdf: requests: the verified original PDF, whole or by byte range.
import fs from 'node:fs';
import { Readable } from 'node:stream';
import { documentIdOfPdfUrl } from '../../shared/pdf-url';
import type { VerifiedFileCache } from './verified-file';

export interface PdfSource {
  /** The ingested file's path and hash for a document id; null when there is no such document. */
  lookup(documentId: number): Promise<{ path: string; sha256: string } | null>;
}

// The page is file:// (origin "null"), the PDF another scheme: pdf.js's XHR needs CORS,
// and must be able to read the range headers to fetch only the parts it draws.
const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'Accept-Ranges, Content-Range, Content-Length',
  'Access-Control-Allow-Headers': 'Range',
};

function text(status: number, message: string): Response {
  return new Response(message, { status, headers: { ...CORS, 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** The one range a Range header asks for, clamped to the file; 'invalid' when unsatisfiable; null for none. */
export function parseRange(header: string | null, size: number): { start: number; end: number } | 'invalid' | null {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return 'invalid';
  if (match[1] === '') {
    const suffix = Number(match[2]);
    if (suffix === 0) return 'invalid';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(match[1]);
  const end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  return start >= size || end < start ? 'invalid' : { start, end };
}

export async function servePdf(request: Request, source: PdfSource, files: VerifiedFileCache): Promise<Response> {
  if (request.method === 'OPTIONS') return new Response(null, { status: 204, headers: { ...CORS, 'Access-Control-Allow-Methods': 'GET, HEAD' } });
  if (request.method !== 'GET' && request.method !== 'HEAD') return text(405, 'Only GET and HEAD are served.');
  const documentId = documentIdOfPdfUrl(request.url);
  if (documentId === null) return text(404, 'This address names no document.');
  const document = await source.lookup(documentId);
  const file = document && (await files.verify(document.path, document.sha256));
  if (!file) return text(404, 'The original PDF is not available: it has moved or changed since it was added.');

  const range = parseRange(request.headers.get('Range'), file.size);
  if (range === 'invalid') return new Response(null, { status: 416, headers: { ...CORS, 'Content-Range': `bytes */${file.size}` } });
  const { start, end } = range ?? { start: 0, end: file.size - 1 };
  const headers: Record<string, string> = {
    ...CORS,
    'Content-Type': 'application/pdf',
    'Accept-Ranges': 'bytes',
    'Content-Length': String(end - start + 1),
    'Cache-Control': 'no-store',
  };
  if (range) headers['Content-Range'] = `bytes ${start}-${end}/${file.size}`;
  const body = request.method === 'HEAD' || file.size === 0 ? null : (Readable.toWeb(fs.createReadStream(file.path, { start, end })) as ReadableStream<Uint8Array>);
  return new Response(body, { status: range ? 206 : 200, headers });
}
