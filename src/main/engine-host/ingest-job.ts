/**
 * One "Add contracts" job as the window sees it: a progress event before each file, the
 * file's result as soon as it is stored (so the library fills in while the job runs),
 * then the embedding phase when a bi-encoder is loaded, and always one job-done at the end.
 */
import type { IngestFileResult } from '../../shared/api';
import type { AppEvent } from '../../shared/app-api';
import type { ClauseEngine } from '../engine/engine';
import { embeddingTotals } from '../engine/embeddings/embedding-status';
import { toWireError } from './wire-error';

export type Emit = (event: AppEvent) => void;

export async function runIngestJob(engine: ClauseEngine, jobId: string, paths: readonly string[], signal: AbortSignal, emit: Emit): Promise<void> {
  await reportJob(engine, jobId, emit, async () => {
    for (const input of paths) emit({ type: 'ingest-progress', jobId, progress: { phase: 'scan', fileIndex: 0, fileCount: 0, path: input } });
    const { files, problems } = await engine.collectInputs(paths);
    // Unreadable folders, link loops, pipes: each shown with its sentence before the files are read.
    for (const result of problems) emit({ type: 'ingest-file-done', jobId, result });
    for (const [fileIndex, file] of files.entries()) {
      signal.throwIfAborted();
      emit({ type: 'ingest-progress', jobId, progress: { phase: 'extract', fileIndex, fileCount: files.length, path: file } });
      const result = await engine.ingestFile(file, signal);
      emit({ type: 'ingest-file-done', jobId, result });
      if (changesLibrary(result)) emit({ type: 'library-changed' });
    }
    return embedPending(engine, jobId, signal, emit);
  });
}

/**
 * Embeds what an earlier run left (the app quit or was cancelled mid-way, or a new
 * bi-encoder needs fresh vectors). Silent when there is nothing to do, so a job id the
 * window never asked for only appears when there is progress to show.
 */
export async function runEmbeddingResume(engine: ClauseEngine, jobId: string, signal: AbortSignal, emit: Emit): Promise<void> {
  if (!engine.modelStatus().semantic) return;
  const { chunks, embedded } = embeddingTotals(engine.db);
  if (embedded >= chunks) return;
  await reportJob(engine, jobId, emit, () => embedPending(engine, jobId, signal, emit));
}

/** Returns whether the embedding run stopped because it was cancelled. */
async function embedPending(engine: ClauseEngine, jobId: string, signal: AbortSignal, emit: Emit): Promise<boolean> {
  if (!engine.modelStatus().semantic) return false;
  const run = await engine.embedPending({ signal, onProgress: ({ done, total }) => emit({ type: 'embed-progress', jobId, done, total }) });
  if (run && run.embedded > 0) emit({ type: 'library-changed' });
  return run?.cancelled ?? false;
}

/** Runs the job body and sends its one job-done: cancelled, failed with a sentence, or fine. */
async function reportJob(engine: ClauseEngine, jobId: string, emit: Emit, body: () => Promise<boolean>): Promise<void> {
  let cancelled = false;
  let error: string | null = null;
  try {
    cancelled = await body();
  } catch (caught) {
    if ((caught as Error)?.name === 'AbortError') cancelled = true;
    else error = toWireError(caught, engine.db.name).message;
  }
  emit({ type: 'job-done', jobId, cancelled, error });
}

/** A duplicate changes nothing; a file that vanished before it was read is not recorded. */
function changesLibrary(result: IngestFileResult): boolean {
  return result.outcome !== 'duplicate' && result.outcome !== 'skipped' && result.errorCode !== 'not-found';
}
