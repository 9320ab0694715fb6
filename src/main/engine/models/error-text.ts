/** The first line of an error's message, without a trailing full stop, for one-sentence reports. */
export function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.trim().split('\n')[0] ?? '').replace(/[.\s]+$/, '').slice(0, 200);
}
