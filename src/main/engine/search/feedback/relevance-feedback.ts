/**
 * Pseudo-relevance feedback (RM3): the words that stand out in the first search's top
 * clauses become a second query, and the two rankings are interpolated. Owns nothing
 * else; lexicalSearch() still builds and runs every FTS5 query.
 */
import type { Database } from 'better-sqlite3';
import type { ClauseFilter } from '../clause-filter';
import { lexicalSearch, type LexicalHit, type LexicalOptions } from '../lexical-search';
import { quoteFtsString } from '../query/fts-expression';
import { words, type ParsedQuery } from '../query/parse-query';
import { STOPWORDS } from '../query/stopwords';

export interface FeedbackOptions {
  /** Top clauses of the first search read as relevant. */
  clauses: number;
  /** Expansion words kept. */
  terms: number;
  /** Share of the final score from the expansion query, in (0, 1). */
  weight: number;
}

/** How deep the first pass goes when the caller wants fewer results: the expansion may lift clauses from below the cut. */
const FIRST_PASS_DEPTH = 200;

export function lexicalSearchWithFeedback(
  db: Database,
  query: ParsedQuery,
  limit: number,
  filter: ClauseFilter,
  options: LexicalOptions,
  feedback: FeedbackOptions,
): LexicalHit[] {
  const depth = Math.max(limit, FIRST_PASS_DEPTH);
  const first = lexicalSearch(db, query, depth, filter, options);
  const top = first.slice(0, feedback.clauses);
  const expansion = top.length > 0 ? expansionTerms(db, query, top, feedback.terms) : [];
  if (expansion.length === 0) return first.slice(0, limit);
  const plain: LexicalOptions = { ...options, adjacentPairs: false, stemPrefixes: false, equivalences: false, proximityWindow: 0, dropStopwords: false };
  const second = lexicalSearch(db, { terms: expansion, phrases: [] }, depth, filter, plain);
  return interpolate(first, second, feedback.weight).slice(0, limit);
}

/** RM1 weights Σ_d P(w|d)·P(d|q) over the feedback clauses, times idf so boilerplate ("shall", "party") does not win. */
export function expansionTerms(db: Database, query: ParsedQuery, top: readonly LexicalHit[], count: number): string[] {
  const textOf = db.prepare('SELECT text FROM clauses WHERE id = ?').pluck();
  const scoreSum = top.reduce((s, h) => s + Math.max(h.score, 0), 0) || 1;
  const queryWords = new Set(query.terms);
  const weight = new Map<string, number>();
  for (const hit of top) {
    const tokens = words(String(textOf.get(hit.clauseId) ?? '')).filter((w) => w.length >= 3 && !/\d/.test(w) && !STOPWORDS.has(w) && !queryWords.has(w));
    if (tokens.length === 0) continue;
    const docWeight = Math.max(hit.score, 0) / scoreSum;
    const tf = new Map<string, number>();
    for (const t of tokens) tf.set(t, (tf.get(t) ?? 0) + 1);
    for (const [t, n] of tf) weight.set(t, (weight.get(t) ?? 0) + (n / tokens.length) * docWeight);
  }
  const candidates = [...weight.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, count * 3);
  const total = Number(db.prepare('SELECT count(*) FROM clauses').pluck().get());
  const df = db.prepare('SELECT count(*) FROM clauses_fts WHERE clauses_fts MATCH ?').pluck();
  return candidates
    .map(([t, w]) => {
      const n = Number(df.get(quoteFtsString(t)));
      return { t, w: w * Math.log(1 + (total - n + 0.5) / (n + 0.5)) };
    })
    .sort((a, b) => b.w - a.w || (a.t < b.t ? -1 : 1))
    .slice(0, count)
    .map((c) => c.t);
}

/** Each list's scores divided by its best, then mixed; a clause missing from a list gets 0 there. */
function interpolate(first: readonly LexicalHit[], second: readonly LexicalHit[], weight: number): LexicalHit[] {
  const max1 = first[0]?.score || 1;
  const max2 = second[0]?.score || 1;
  const combined = new Map<number, number>();
  for (const h of first) combined.set(h.clauseId, (1 - weight) * (h.score / max1));
  for (const h of second) combined.set(h.clauseId, (combined.get(h.clauseId) ?? 0) + weight * (h.score / max2));
  return [...combined.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .map(([clauseId, score], i) => ({ clauseId, score, rank: i + 1 }));
}
