import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CUAD_TXT_DIR } from './gold-spans';
import type { SegmentationFailure } from './evaluate-segmentation';

/**
 * Renders failing gold spans with the clause boundaries marked inside them, for
 * tuning the segmenter by eye: ⟦ marks the gold span, ‖ a clause boundary.
 */
export function describeFailures(sharedDir: string, failures: SegmentationFailure[], contextChars = 120): string {
  const out: string[] = [];
  for (const f of failures) {
    const text = readFileSync(path.join(sharedDir, CUAD_TXT_DIR, f.fileName), 'utf8');
    const from = Math.max(0, f.start - contextChars);
    const to = Math.min(text.length, f.end + contextChars);
    const cuts = new Set<number>();
    for (const [s, e] of f.clauses) {
      cuts.add(s);
      cuts.add(e);
    }
    let shown = '';
    for (let i = from; i <= to; i++) {
      if (i === f.start) shown += '⟦';
      if (i === f.end) shown += '⟧';
      if (cuts.has(i)) shown += '‖';
      if (i < to) shown += text[i];
    }
    const numbers = f.clauses.map(([, , n]) => n ?? '·').join(' | ');
    out.push(`--- ${f.category} · ${f.fileName.slice(0, 60)} [${f.start},${f.end}) clauses: ${numbers}`);
    out.push(shown.replace(/\n/g, '⏎'));
  }
  return out.join('\n');
}
