import type { SegmentationReport } from './evaluate-segmentation';

/** A plain-text table of the segmentation report for the terminal. */
export function formatSegmentationReport(report: SegmentationReport, topCategories = 10): string {
  const c = report.clauseChars;
  const rows: Array<[string, string]> = [
    ['gold spans inside one clause', `${report.metrics.insideOneClause.toFixed(2)} %  (${report.spansInside} / ${report.spans})`],
    ['documents (with gold)', `${report.documents} (${report.documentsWithGold})`],
    ['clauses', `${report.clauses}  (${report.clausesPerDoc} per document)`],
    ['clause chars median / p90 / p99 / max', `${c.median} / ${c.p90} / ${c.p99} / ${c.max}`],
    ['clause chars mean', `${c.mean}`],
    ['segmentation time', `${report.segmentSeconds.toFixed(2)} s`],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  const lines = ['Segmentation (CUAD gold quotes inside one clause)', ''];
  for (const [k, v] of rows) lines.push(`${k.padEnd(width)}  ${v}`);

  const worst = report.byCategory.slice(0, topCategories);
  if (worst.length > 0) {
    lines.push('', `Lowest categories (of ${report.byCategory.length})`);
    const catWidth = Math.max(...worst.map((w) => w.category.length));
    for (const w of worst) {
      lines.push(`  ${w.category.padEnd(catWidth)}  ${w.insidePct.toFixed(1).padStart(5)} %  ${w.inside}/${w.spans}`);
    }
  }
  return lines.join('\n');
}
