/**
 * The query as the score cache keys it: NFKC (full-width and ligature forms fold to
 * plain ones), lower-case, runs of whitespace collapsed to one space, trimmed. The
 * default cross-encoder is uncased, so queries equal under this form get the same
 * scores; a cased model would share entries between "Force majeure" and "force majeure",
 * which costs a little exactness for many more cache hits.
 */
export function normaliseQuery(query: string): string {
  return query.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}
