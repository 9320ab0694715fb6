import type { Clause, SearchResult } from '../../shared/api';
import { pageCitation } from '../../shared/page-citation';
import { pagesLabel } from '../engine/export/citation';

/** One line naming a clause: number, heading. */
export function clauseTitle(c: { number: string | null; heading: string | null }): string {
  return [c.number, c.heading].filter(Boolean).join(' ') || '(unnumbered)';
}

export function snippet(text: string, max = 240): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : flat.slice(0, max - 1) + '…';
}

export function formatResult(r: SearchResult): string {
  return [
    `${r.rank}. ${r.documentTitle} — ${clauseTitle({ number: r.clauseNumber, heading: r.heading })} (${pageCitation(r)})  score ${r.score.toFixed(3)}  clause ${r.clauseId}`,
    `   ${snippet(r.text)}`,
  ].join('\n');
}

export function formatClause(c: Clause, marker = ''): string {
  return `${marker}[${c.id}] ${clauseTitle(c)} (${pagesLabel(c.pageStart, c.pageEnd)})\n${c.text}\n`;
}
