/** The ACORD report for the terminal: ours per split, the published test-split rows beside them. */
import { ACORD_PUBLISHED } from './published';
import { ACORD_METRICS, type AcordResult, type AcordSummary } from './run-acord';
import { formatMs, formatTable, pct, thousands } from './text-table';

const HEADER = ['', 'queries', 'nDCG@5', 'nDCG@10', '3-star P@5', '4-star P@5', '5-star P@5'];

/** Printed under the table and stored in the JSON, so a number is never read without its caveats. */
export const ACORD_NOTES: readonly string[] = [
  'Protocol: each query ranks only the clauses judged for it (the paper\'s pool), not the whole corpus.',
  'nDCG@k as trec_eval ndcg_cut: gain = qrels score 0-4, discount 1/log2(rank+1), ideal from all judged clauses; a query with no relevant judged clause scores 0 and is still averaged in.',
  'k-star P@5 = (top-5 clauses with >= k stars) / min(5, judged clauses with >= k stars), stars = score + 1; queries with no such clause are left out of that average. This definition comes from secondary notes on the paper, not from the paper itself.',
  'Published rows are on ACORD\'s TEST split, which is withheld from this project; ours are on the splits named in each row. Different queries: compare with care.',
  'Published numbers come from secondary paper notes (reference/published_results.md), not checked against the paper.',
];

export function formatAcordReport(result: AcordResult, mode: string): string {
  const splitNames = Object.keys(result.bySplit);
  const oursRows: string[][] = [];
  if (splitNames.length > 1) oursRows.push(summaryRow(`ours (${mode}), ${splitNames.join('+')}`, result.overall));
  for (const split of splitNames) oursRows.push(summaryRow(`ours (${mode}), ${split}`, result.bySplit[split]!));
  const published = ACORD_PUBLISHED.map((p) => [
    `published, test split: ${p.system}`,
    '',
    ...ACORD_METRICS.map((m) => p.values[m].toFixed(1)),
  ]);
  const judgments = result.perQuery.reduce((s, q) => s + q.judged, 0);
  const o = result.overall;
  const n = result.perQuery.length;
  const t = result.timings;
  return [
    `ACORD, mode ${mode}: ${n} queries (${splitNames.map((s) => `${s} ${result.bySplit[s]!['ndcg@5'].queries}`).join(', ')}), ` +
      `corpus ${thousands(result.corpusSize)} clauses, ${thousands(judgments)} judged pairs ranked`,
    '',
    formatTable(HEADER, [...oursRows, ...published]),
    '',
    `Queries in each k-star average (all splits): 3-star ${o['3star_p@5'].queries}/${n}, ` +
      `4-star ${o['4star_p@5'].queries}/${n}, 5-star ${o['5star_p@5'].queries}/${n}.`,
    ...ACORD_NOTES.map((note) => `- ${note}`),
    `Timings: setup ${formatMs(t.setupMs)}, ranking ${formatMs(t.rankMs)} (${formatMs(n ? t.rankMs / n : 0)} per query), total ${formatMs(t.totalMs)}.`,
  ].join('\n');
}

function summaryRow(label: string, s: AcordSummary): string[] {
  return [label, String(s['ndcg@5'].queries), ...ACORD_METRICS.map((m) => pct(s[m].mean * 100, 1))];
}
