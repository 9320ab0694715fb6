/**
 * "Find similar" on ACORD: each query's highest-rated clause becomes the query, the rest
 * of that query's pool is ranked, and nDCG@5/@10 are taken against the same judgments
 * with the query clause left out. The query's own text ranks the same reduced pool too,
 * as a reference point.
 */
import type { AcordEvalSet } from '../acord-data';
import type { EvalJson } from '../eval-json';
import { ndcgAtK } from '../ranking-metrics';
import type { AcordCorpusEntry } from '../retriever';
import { formatTable, pct } from '../text-table';

export interface SimilarPoolRanker {
  /** The pool (without the query clause) best-first, ranked by likeness to clause `queryId`. */
  rankSimilar(queryId: string, poolIds: readonly string[]): string[];
  /** The same pool ranked for the query text, the search a lawyer would type. */
  rankText(query: string, poolIds: readonly string[]): string[];
  close(): void;
}

export interface SimilarQueryResult {
  id: string;
  queryClause: string;
  queryClauseScore: number;
  similar: { ndcg5: number; ndcg10: number };
  text: { ndcg5: number; ndcg10: number };
}

/** The clause rated highest for the query; ties go to the smallest id, so the choice is fixed. */
export function topRatedClause(judgments: ReadonlyMap<string, number>): string {
  return [...judgments.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}

export function runAcordSimilar(ranker: SimilarPoolRanker, data: AcordEvalSet): SimilarQueryResult[] {
  return data.queries.map((q) => {
    const queryClause = topRatedClause(q.judgments);
    const rest = new Map([...q.judgments].filter(([id]) => id !== queryClause));
    const pool = [...rest.keys()].sort();
    const similar = ranker.rankSimilar(queryClause, pool);
    const text = ranker.rankText(q.text, pool);
    return {
      id: q.id,
      queryClause,
      queryClauseScore: q.judgments.get(queryClause)!,
      similar: { ndcg5: ndcgAtK(similar, rest, 5), ndcg10: ndcgAtK(similar, rest, 10) },
      text: { ndcg5: ndcgAtK(text, rest, 5), ndcg10: ndcgAtK(text, rest, 10) },
    };
  });
}

const mean = (xs: number[]) => (xs.length === 0 ? Number.NaN : xs.reduce((a, b) => a + b, 0) / xs.length);

export function acordSimilarDataset(
  data: AcordEvalSet,
  engine: { createAcordSimilarRanker?(corpus: readonly AcordCorpusEntry[]): SimilarPoolRanker },
): { text: string; json: EvalJson } {
  if (!engine.createAcordSimilarRanker) throw new Error('This engine has no "find similar", so --similar cannot run.');
  const ranker = engine.createAcordSimilarRanker(data.corpus);
  try {
    const per = runAcordSimilar(ranker, data);
    const row = (label: string, pick: (r: SimilarQueryResult) => { ndcg5: number; ndcg10: number }) => [
      label,
      String(per.length),
      pct(100 * mean(per.map((r) => pick(r).ndcg5)), 2),
      pct(100 * mean(per.map((r) => pick(r).ndcg10)), 2),
    ];
    const text = [
      `ACORD "find similar", lexical: ${per.length} train+valid queries; each query's highest-rated clause is the query, the rest of its pool is ranked`,
      '',
      formatTable(['ranking of the pool without the query clause', 'queries', 'nDCG@5', 'nDCG@10'], [
        row('find similar (the clause as the query)', (r) => r.similar),
        row('reference: the query text, lexical search', (r) => r.text),
      ]),
      '',
      `- Query clauses rated 5 stars: ${per.filter((r) => r.queryClauseScore === 4).length}, 4 stars: ${per.filter((r) => r.queryClauseScore === 3).length}, lower: ${per.filter((r) => r.queryClauseScore < 3).length}.`,
      '- Every ACORD clause is its own document here, so "other contracts" leaves out only the query clause.',
    ].join('\n');
    return {
      text,
      json: {
        dataset: 'acord-similar',
        mode: 'lexical',
        metrics: { 'ndcg@5': 100 * mean(per.map((r) => r.similar.ndcg5)), 'ndcg@10': 100 * mean(per.map((r) => r.similar.ndcg10)), 'text/ndcg@5': 100 * mean(per.map((r) => r.text.ndcg5)) },
        perQuery: per,
      },
    };
  } finally {
    ranker.close();
  }
}
