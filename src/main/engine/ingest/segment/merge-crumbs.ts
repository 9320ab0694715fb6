import type { DraftClause } from './draft-clause';

/**
 * Unnumbered crumbs too short to stand alone ("[*****]", a stray "2", "Execution
 * Version") join the clause before them, or the one after when they come first.
 */
export function mergeCrumbs(text: string, drafts: readonly DraftClause[], minChars: number): DraftClause[] {
  const out: DraftClause[] = [];
  let pendingStart: number | null = null;
  for (const d of drafts) {
    const crumb = d.kind === 'text' && d.end - d.start < minChars && !/[a-z]{3,}.*[.!?]$/.test(text.slice(d.start, d.end));
    if (crumb && out.length > 0) {
      out[out.length - 1] = { ...out.at(-1)!, end: d.end };
    } else if (crumb) {
      pendingStart ??= d.start;
    } else {
      out.push(pendingStart === null ? d : { ...d, start: pendingStart });
      pendingStart = null;
    }
  }
  if (pendingStart !== null) {
    const last = drafts.at(-1)!;
    out.push({ ...last, start: pendingStart });
  }
  return out;
}
