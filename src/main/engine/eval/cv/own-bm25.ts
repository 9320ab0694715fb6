/**
 * BM25 with free k1 and b, scored in JS over tokenised clauses, to measure whether
 * FTS5's fixed k1 = 1.2, b = 0.75 leaves quality behind. Each query word is one unit that
 * matches the word itself or (with stem prefixes) any token starting with its rough root;
 * a legal equivalent is its own unit, a phrase counts consecutive tokens. The tokens are
 * the engine's words() without Porter stemming, so k1 = 1.2, b = 0.75 here is the
 * like-for-like reference, not FTS5's figure. Evaluation only: not on the search path.
 */
import { equivalentsFor } from '../../search/query/legal-equivalences';
import { parseQuery, words } from '../../search/query/parse-query';
import { stemPrefix } from '../../search/query/stem-prefix';
import { REQUEST_WORDS, STOPWORDS } from '../../search/query/stopwords';

export interface Bm25Params {
  k1: number;
  b: number;
}

type Unit = { word: string; prefix: string | null } | { phrase: string[] };

export function queryUnits(query: string): Unit[] {
  const parsed = parseQuery(query);
  const content = parsed.terms.filter((t) => !STOPWORDS.has(t) && !REQUEST_WORDS.has(t));
  const terms = content.length > 0 ? content : parsed.terms;
  const units: Unit[] = terms.map((t) => ({ word: t, prefix: stemPrefix(t) }));
  for (const p of parsed.phrases) units.push({ phrase: p });
  for (const e of equivalentsFor(terms)) units.push('phrase' in e ? { phrase: e.phrase } : { word: e.word, prefix: e.root !== e.word ? e.root : null });
  return units;
}

function count(unit: Unit, tokens: readonly string[]): number {
  let n = 0;
  if ('phrase' in unit) {
    const p = unit.phrase;
    for (let i = 0; i + p.length <= tokens.length; i++) if (p.every((w, j) => tokens[i + j] === w)) n++;
    return n;
  }
  for (const t of tokens) if (t === unit.word || (unit.prefix !== null && t.startsWith(unit.prefix))) n++;
  return n;
}

export interface Bm25Corpus {
  tokens: Map<string, string[]>;
  averageLength: number;
  size: number;
  /** Document frequency per unit key, filled on first use. */
  df: Map<string, number>;
}

export function bm25Corpus(entries: ReadonlyArray<{ id: string; text: string }>): Bm25Corpus {
  const tokens = new Map(entries.map((e) => [e.id, words(e.text)]));
  let total = 0;
  for (const t of tokens.values()) total += t.length;
  return { tokens, averageLength: total / Math.max(1, tokens.size), size: tokens.size, df: new Map() };
}

export function rankBm25(corpus: Bm25Corpus, query: string, poolIds: readonly string[], params: Bm25Params): string[] {
  const units = queryUnits(query);
  const idf = units.map((u) => {
    const key = JSON.stringify(u);
    let df = corpus.df.get(key);
    if (df === undefined) {
      df = 0;
      for (const t of corpus.tokens.values()) if (count(u, t) > 0) df++;
      corpus.df.set(key, df);
    }
    return Math.log(1 + (corpus.size - df + 0.5) / (df + 0.5));
  });
  const scored = poolIds.map((id) => {
    const tokens = corpus.tokens.get(id) ?? [];
    const norm = params.k1 * (1 - params.b + (params.b * tokens.length) / corpus.averageLength);
    let score = 0;
    units.forEach((u, i) => {
      const tf = count(u, tokens);
      if (tf > 0) score += (idf[i]! * tf * (params.k1 + 1)) / (tf + norm);
    });
    return { id, score };
  });
  return scored.filter((s) => s.score > 0).sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1)).map((s) => s.id);
}
