import type { ClauseToStore } from '../../src/main/engine/store/document-writer';

/** Clauses laid end to end in one text, each one chunk: a quick way to fill a store. */
export function textWithClauses(parts: Array<{ number?: string; heading?: string; body: string }>): {
  text: string;
  clauses: ClauseToStore[];
} {
  let text = '';
  const clauses: ClauseToStore[] = [];
  for (const part of parts) {
    if (text) text += '\n\n';
    const start = text.length;
    text += part.body;
    clauses.push({
      number: part.number ?? null,
      heading: part.heading ?? null,
      path: part.number ? [part.number] : [],
      level: 0,
      pageStart: 1,
      pageEnd: 1,
      charStart: start,
      charEnd: text.length,
      chunks: [{ charStart: start, charEnd: text.length }],
    });
  }
  return { text, clauses };
}
