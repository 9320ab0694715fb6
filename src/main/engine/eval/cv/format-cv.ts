/** The cross-validation tables: per decision, each alternative's in-sample nDCG@5 and how often the folds chose it, and the CV figure of choosing. */
import { formatTable, pct } from '../text-table';
import type { AcordCvReport, DecisionReport } from './run-acord-cv';

function decisionRows(d: DecisionReport, limit: number): string[][] {
  const { inSample, chosen, cv } = d.outcome;
  const order = inSample.map((_, i) => i).sort((a, b) => (a === 0 ? -1 : b === 0 ? 1 : inSample[b]! - inSample[a]!));
  const rows = order.slice(0, limit).map((i) => [`  ${d.labels[i]}`, pct(100 * inSample[i]!, 2), String(chosen[i]!), '', i === d.verdict ? 'keep' : '']);
  return [[d.name, '', '', pct(100 * cv, 2), ''], ...rows];
}

export function formatAcordCv(report: AcordCvReport): string {
  const header = ['decision / alternative', 'in-sample nDCG@5', `folds chose (of ${report.folds * report.repeats})`, 'CV nDCG@5 of choosing', 'verdict'];
  const rows = [...report.decisions.flatMap((d) => decisionRows(d, 6)), ...decisionRows(report.joint, 6)];
  const current = report.decisions[0]!.outcome.inSample[0]!;
  return [
    `ACORD lexical, ${report.queries} train+valid queries, ${report.folds}-fold cross-validation by query, ${report.repeats} seeded repeats`,
    '',
    formatTable(header, rows),
    '',
    `Current defaults: ${pct(100 * current, 2)} nDCG@5 in-sample (a fixed configuration: its CV figure is the same).`,
    '- In-sample: the mean over all queries, the figure a choice made on these queries reports.',
    '- CV: for each fold, the alternative with the best mean on the other folds is scored on the held-out fold; averaged over repeats.',
    '- Verdict: an alternative with the feature is kept only when the CV figure of choosing beats the in-sample (= held-out) figure of the alternative without it; then the one the folds chose most. Ties in a fold keep the first (current) alternative.',
    '- Up to 6 alternatives per decision are printed (the current one first, then by in-sample score).',
  ].join('\n');
}
