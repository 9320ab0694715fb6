/** A smaller ACORD set for quality-latency under --quick. */
import type { AcordEvalSet } from '../acord-data';

/**
 * --quick: the first `count` queries, and only the clauses judged for them. Each top_n
 * embeds its own index, and the unjudged rest of the corpus only shifts BM25 statistics,
 * so a smaller corpus cuts the slowest part of the section several times over.
 */
export function firstQueries(data: AcordEvalSet, count: number): AcordEvalSet {
  const queries = data.queries.slice(0, count);
  const judged = new Set(queries.flatMap((q) => [...q.judgments.keys()]));
  return { corpus: data.corpus.filter((entry) => judged.has(entry.id)), queries };
}
