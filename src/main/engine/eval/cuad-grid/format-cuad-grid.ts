/** The CUAD grid report: a summary per split beside the CUAD paper's best model, then one split's per-type table. */
import { formatTable } from '../text-table';
import type { GoldContract } from './cuad-grid-data';
import type { SplitMetrics } from './score-cuad-grid';

/**
 * CUAD paper (Hendrycks et al., NeurIPS 2021 Datasets track), Table 2: DeBERTa-xlarge on its
 * own test split, in percent. Theirs scores extracted spans, ours scores one clause per cell.
 */
export const CUAD_PAPER_DEBERTA = { aupr: 47.8, p80: 44.0 };

const f = (x: number | null) => (x === null ? 'n/a' : (100 * x).toFixed(1));

export function formatCuadGridReport(splits: readonly SplitMetrics[], shown: SplitMetrics, contracts: readonly GoldContract[]): string {
  const counts = (s: string) => (s === 'all' ? contracts.length : contracts.filter((c) => c.split === s).length);
  const summary = formatTable(
    ['split', 'contracts', 'pairs', 'w/ gold', 'hit@1 micro', 'hit@1 macro', 'hit@3 micro', 'hit@3 macro', 'AUPR macro', 'AUPR micro', 'P@80R macro', 'P@80R micro'],
    [
      ...splits.map((s) => [s.split, String(counts(s.split)), String(s.pairs), String(s.withGold), f(s.hit1Micro), f(s.hit1Macro), f(s.hit3Micro), f(s.hit3Macro), f(s.auprMacro), f(s.auprMicro), f(s.p80Macro), f(s.p80Micro)]),
      ['CUAD paper DeBERTa-xlarge*', '', '', '', '', '', '', '', String(CUAD_PAPER_DEBERTA.aupr), '', String(CUAD_PAPER_DEBERTA.p80), ''],
    ],
  );
  const values = formatTable(
    ['split', ...Object.keys(splits[0]!.valueAccuracy).map((k) => `${k} acc (n)`)],
    splits.map((s) => [s.split, ...Object.values(s.valueAccuracy).map((v) => `${f(v.accuracy)} (${v.pairs})`)]),
  );
  const perType = formatTable(
    ['type', 'w/ gold', 'hit@1', 'hit@3', 'AUPR', 'P@80R', 'value acc (n)'],
    shown.perType.map((t) => [t.category, String(t.withGold), f(t.hit1), f(t.hit3), f(t.aupr), f(t.p80), t.valuePairs === 0 ? 'n/a' : `${f(t.valueAccuracy)} (${t.valuePairs})`]),
  );
  return [
    'CUAD review grid (lexical): every contract × 41 categories, in percent',
    summary,
    '* the CUAD paper\'s best extractive model on its own split; it scores extracted spans, we score the clause chosen per cell (hit = covers at least half of a gold quote).',
    '',
    'Value accuracy (pairs with a scorable gold answer)',
    values,
    '',
    `Per type, ${shown.split} split`,
    perType,
    '',
  ].join('\n');
}
