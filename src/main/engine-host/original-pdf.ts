/**
 * The library stores a document's text, not its file. To draw pages, the window reads
 * the original PDF from where it was ingested, but only if it is still the same file:
 * a PDF that was edited or replaced since would show pages that the stored clauses'
 * offsets and page numbers no longer describe.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { ownedBytes } from './owned-bytes';

/** The file's bytes when it was ingested as a PDF (by extension, as ingest decides), exists and still hashes to `sha256`; otherwise null. */
export async function readOriginalPdf(filePath: string, sha256: string): Promise<Uint8Array | null> {
  if (!sha256 || path.extname(filePath).toLowerCase() !== '.pdf') return null;
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(filePath);
  } catch {
    return null; // moved, deleted or unreadable: the text view still works
  }
  if (createHash('sha256').update(bytes).digest('hex') !== sha256) return null;
  return ownedBytes(bytes);
}
