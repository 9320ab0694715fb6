/**
 * A clause's most telling words, for using the clause itself as a query: tf × idf over
 * the library, function words and numbers left out, so "Licensee shall indemnify ..."
 * becomes "indemnify licensee harmless ..." rather than its first 64 words.
 */
import type { Database } from 'better-sqlite3';
import { quoteFtsString } from '../search/query/fts-expression';
import { words } from '../search/query/parse-query';
import { STOPWORDS } from '../search/query/stopwords';

/** Enough words to describe what kind of clause it is; more add noise and cost. */
export const SIMILAR_TERMS = 24;

export function telltaleTerms(db: Database, text: string, count = SIMILAR_TERMS): string[] {
  const tf = new Map<string, number>();
  for (const w of words(text)) {
    if (w.length < 3 || /\d/.test(w) || STOPWORDS.has(w)) continue;
    tf.set(w, (tf.get(w) ?? 0) + 1);
  }
  if (tf.size === 0) return [];
  const total = Number(db.prepare('SELECT count(*) FROM clauses').pluck().get());
  const df = db.prepare('SELECT count(*) FROM clauses_fts WHERE clauses_fts MATCH ?').pluck();
  return [...tf.entries()]
    .map(([w, n]) => {
      const d = Number(df.get(quoteFtsString(w)));
      return { w, score: (1 + Math.log(n)) * Math.log(1 + (total - d + 0.5) / (d + 0.5)) };
    })
    .sort((a, b) => b.score - a.score || (a.w < b.w ? -1 : 1))
    .slice(0, count)
    .map((x) => x.w);
}
