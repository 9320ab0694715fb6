/**
 * Errors that cross process boundaries carry a stable code and one plain sentence
 * that tells the user what happened and, where possible, what to do.
 */
export type IngestErrorCode =
  | 'empty-file'
  | 'not-found'
  | 'unreadable'
  | 'not-a-pdf'
  | 'corrupt-pdf'
  | 'encrypted-pdf'
  | 'no-text-layer'
  | 'unsupported-type'
  | 'no-clauses'
  | 'database-busy'
  | 'not-plain-text'
  | 'not-a-regular-file'
  | 'too-large'
  | 'not-a-docx'
  | 'encrypted-docx'
  | 'legacy-doc'
  | 'ocr-failed';

export class IngestError extends Error {
  readonly code: IngestErrorCode;
  constructor(code: IngestErrorCode, message: string) {
    super(message);
    this.name = 'IngestError';
    this.code = code;
  }
}

export type QueryErrorCode = 'empty-query' | 'no-searchable-terms' | 'invalid-review-input';

/** A query the engine cannot run; the message is shown to the user as is. */
export class QueryError extends Error {
  readonly code: QueryErrorCode;
  constructor(code: QueryErrorCode, message: string) {
    super(message);
    this.name = 'QueryError';
    this.code = code;
  }
}

/** The user asked for something that does not exist (a clause id, a document id). */
export class NotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotFoundError';
  }
}
