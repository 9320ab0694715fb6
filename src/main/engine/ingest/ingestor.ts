import { createHash } from 'node:crypto';
import path from 'node:path';
import type { IngestFileResult, IngestProgress } from '../../../shared/api';
import { IngestError } from '../../../shared/errors';
import type { DocumentReader } from '../store/document-reader';
import type { DocumentWriter } from '../store/document-writer';
import { buildClauses } from './build-document';
import { documentTitle } from './titles/document-title';
import { isSupportedFile } from './collect-files';
import { extractDocument } from './read-document';
import { collectInputs, type CollectedInputs } from './file-checks/collect-inputs';
import { DEFAULT_FILE_LIMITS, type FileLimits } from './file-checks/file-limits';
import { readCheckedFile } from './file-checks/read-checked-file';
import { describeIngestFailure } from './ingest-failure';

export interface IngestRunOptions {
  onProgress?: (progress: IngestProgress) => void;
  signal?: AbortSignal;
}

/**
 * Turns files into stored documents, one transaction per document. A file that fails
 * is reported (and recorded, so the library can show why) and the batch goes on.
 */
export class Ingestor {
  /** Per-file limits (size); the app's Settings and the CLI's --max-file-mb change them. */
  limits: FileLimits = DEFAULT_FILE_LIMITS;

  constructor(
    private readonly writer: DocumentWriter,
    private readonly reader: DocumentReader,
  ) {}

  /** The files under the user's paths, and a result for each thing found but not taken. */
  collect(inputs: readonly string[]): Promise<CollectedInputs> {
    return collectInputs(inputs, isSupportedFile);
  }

  async ingestPaths(inputs: readonly string[], options: IngestRunOptions = {}): Promise<IngestFileResult[]> {
    const { files, problems } = await this.collect(inputs);
    const results: IngestFileResult[] = [...problems];
    for (const [index, file] of files.entries()) {
      options.signal?.throwIfAborted();
      options.onProgress?.({ phase: 'extract', fileIndex: index, fileCount: files.length, path: file });
      const onOcrPage = (done: number, total: number): void =>
        options.onProgress?.({ phase: 'ocr', fileIndex: index, fileCount: files.length, path: file, ocrPagesDone: done, ocrPageCount: total });
      results.push(await this.ingestFile(file, options.signal, onOcrPage));
    }
    return results;
  }

  async ingestFile(file: string, signal?: AbortSignal, onOcrPage?: (done: number, total: number) => void): Promise<IngestFileResult> {
    const filePath = path.resolve(file);
    const base: IngestFileResult = {
      path: filePath,
      outcome: 'failed',
      documentId: null,
      pages: 0,
      clauses: 0,
      error: null,
      errorCode: null,
      duplicateOf: null,
    };
    let bytes: Uint8Array | null = null;
    let sha256 = '';
    try {
      // Name first, then kind, size and first bytes: nothing is read whole before it passes.
      bytes = await readCheckedFile(filePath, this.limits, refuseUnsupportedName);
      sha256 = createHash('sha256').update(bytes).digest('hex');
      const same = this.reader.findReadyBySha256(sha256, filePath);
      if (same) return { ...base, outcome: 'duplicate', documentId: same.id, duplicateOf: same.path };
      const extracted = await extractDocument(filePath, bytes, signal, onOcrPage);
      const clauses = buildClauses(extracted);
      if (clauses.length === 0) throw new IngestError('no-clauses', 'No text could be found in this file.');
      const named = documentTitle(extracted);
      const saved = this.writer.saveUnlessStored({
        sha256,
        path: filePath,
        title: named.title ?? titleFromFileName(filePath),
        parties: named.parties,
        byteSize: bytes.length,
        text: extracted.text,
        pages: extracted.pages,
        clauses,
        notes: extracted.notes,
        ocr: extracted.ocr,
      });
      // Another import stored the same bytes while this one was reading them.
      if (saved.kind === 'duplicate') return { ...base, outcome: 'duplicate', documentId: saved.documentId, duplicateOf: saved.path };
      return {
        ...base,
        outcome: saved.replaced ? 'replaced' : 'ingested',
        documentId: saved.documentId,
        pages: extracted.pages.length,
        clauses: clauses.length,
        ...(extracted.notes ? { notes: extracted.notes } : {}),
      };
    } catch (error) {
      if ((error as Error).name === 'AbortError') throw error;
      const failure = describeIngestFailure(error);
      // Recording the failure is a courtesy to the library view; if the database refuses
      // that too (still locked), the result below still names the file and says why.
      if (failure.code !== 'not-found' && failure.code !== 'database-busy') {
        try {
          this.writer.saveFailure({
            sha256,
            path: filePath,
            title: titleFromFileName(filePath),
            byteSize: bytes?.length ?? 0,
            errorCode: failure.code,
            error: failure.message,
          });
        } catch {
          // Nothing more to record; the caller reports the failure.
        }
      }
      return { ...base, error: failure.message, errorCode: failure.code };
    }
  }
}

function refuseUnsupportedName(file: string): void {
  if (!isSupportedFile(file)) throw new IngestError('unsupported-type', 'Only PDF, Word (.docx), HTML and plain-text (.txt) files can be added.');
}

export function titleFromFileName(file: string): string {
  return path.basename(file, path.extname(file)).replace(/[_]+/g, ' ').trim() || path.basename(file);
}
