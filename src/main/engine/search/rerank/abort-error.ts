/** The rejection every cancelled re-rank gives, whatever reason the caller aborted with. */
export function abortError(signal: AbortSignal): DOMException {
  const reason = signal.reason instanceof Error ? `: ${signal.reason.message}` : '';
  return new DOMException(`The re-rank was cancelled${reason}`, 'AbortError');
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError(signal);
}

export function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}
