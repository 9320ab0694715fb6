import { IngestError } from '../../../shared/errors';
import { isBusyError } from '../store/write-lock';

/** Turns whatever stopped one file into the one sentence its result carries. */
export function describeIngestFailure(error: unknown): IngestError {
  if (error instanceof IngestError) return error;
  if (isBusyError(error)) {
    return new IngestError(
      'database-busy',
      'The library was locked by another import or by the app for too long, so this file was not added; add it again.',
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  return new IngestError('unreadable', `The file could not be processed (${message}).`);
}
