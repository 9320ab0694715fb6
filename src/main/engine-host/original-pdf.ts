/**
 * The library stores a document's text, not its file. To draw pages, the window reads
 * the original PDF from where it was ingested, but only if it is still the same file:
 * a PDF that was edited or replaced since would show pages that the stored clauses'
 * offsets and page numbers no longer describe. The check is cached by size and mtime
 * (pdf-protocol/verified-file.ts), so opening a document does not hash it twice.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { VerifiedFileCache } from '../pdf-protocol/verified-file';
import { ownedBytes } from './owned-bytes';

/** Is the file still the PDF that was ingested (by extension, as ingest decides; same sha256)? */
export async function hasOriginalPdf(filePath: string, sha256: string, files: VerifiedFileCache): Promise<boolean> {
  return path.extname(filePath).toLowerCase() === '.pdf' && (await files.verify(filePath, sha256)) !== null;
}

/** The file's bytes when hasOriginalPdf holds; otherwise null. */
export async function readOriginalPdf(filePath: string, sha256: string, files: VerifiedFileCache): Promise<Uint8Array | null> {
  if (!(await hasOriginalPdf(filePath, sha256, files))) return null;
  try {
    return ownedBytes(await fs.readFile(filePath));
  } catch {
    return null; // moved or deleted since the check: the text view still works
  }
}
