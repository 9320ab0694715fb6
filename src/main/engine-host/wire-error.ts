/**
 * Errors cross the worker boundary as { name, message }: structured cloning keeps neither
 * the class nor extra fields, and the renderer only needs a name to branch on and one
 * sentence to show. SQLite corruption is recognised here, once, for every method.
 */
import type { WireError } from './protocol';

/** Names the renderer may branch on. Anything else is a plain failure to show as is. */
export const ERROR_NAMES = {
  /** A search replaced by a newer one (or cancelled): the renderer ignores it. */
  aborted: 'AbortError',
  corrupt: 'DatabaseCorruptError',
  restarted: 'EngineRestartedError',
  closed: 'EngineClosedError',
  invalid: 'InvalidRequestError',
} as const;

// SQLITE_CORRUPT has extended codes (SQLITE_CORRUPT_VTAB, _SEQUENCE, _INDEX); all mean the same to a user.
const CORRUPTION_CODE = /^SQLITE_(CORRUPT|NOTADB)/;

export function isSqliteCorruption(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && CORRUPTION_CODE.test(code);
}

export function corruptionMessage(databasePath: string): string {
  return `The library database (${databasePath}) is damaged; quit Clause Search, move that file aside and add your contracts again.`;
}

export function toWireError(error: unknown, databasePath: string): WireError {
  if (isSqliteCorruption(error)) return { name: ERROR_NAMES.corrupt, message: corruptionMessage(databasePath) };
  if (error instanceof Error || error instanceof DOMException) {
    if (error.name === 'AbortError') return { name: ERROR_NAMES.aborted, message: 'This request was cancelled because a newer one replaced it.' };
    return { name: error.name || 'Error', message: error.message || String(error) };
  }
  return { name: 'Error', message: String(error) };
}

/** Rebuilds a throwable Error on the receiving side, keeping the name. */
export function fromWireError(wire: WireError): Error {
  const error = new Error(wire.message);
  error.name = wire.name;
  return error;
}

/** An error raised on this side with a name from ERROR_NAMES. */
export function namedError(name: string, message: string): Error {
  return fromWireError({ name, message });
}
