/** Small display formatters shared by the views. */

export function pagesLabel(pageStart: number, pageEnd: number): string {
  return pageStart === pageEnd ? `p. ${pageStart}` : `pp. ${pageStart}–${pageEnd}`;
}

/** "4.2" → "§ 4.2"; "(b)" and "IV" stay as the contract wrote them. */
export function clauseLabel(number: string | null): string | null {
  if (!number) return null;
  return /^\d/.test(number) ? `§ ${number}` : number;
}

/**
 * Clause number and heading for a card or a citation line, never empty: a paragraph
 * with neither (a recital, the signature block) is named by its opening words.
 */
export function clauseTitle(number: string | null, heading: string | null, text = ''): string {
  const label = clauseLabel(number);
  if (label && heading) return `${label} ${heading}`;
  return label ?? heading ?? openingWords(text) ?? 'Unnumbered paragraph';
}

function openingWords(text: string, maxChars = 48): string | null {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (!flat) return null;
  if (flat.length <= maxChars) return flat;
  const cut = flat.lastIndexOf(' ', maxChars);
  return `${flat.slice(0, cut > maxChars / 2 ? cut : maxChars)}…`;
}

export function percent(done: number, total: number): number {
  if (total <= 0) return 0;
  return Math.min(100, Math.max(0, Math.floor((done / total) * 100)));
}

/** Scores in [0, 1] read best with two decimals; raw scores (BM25) keep three significant digits. */
export function scoreLabel(score: number): string {
  if (!Number.isFinite(score)) return '—';
  if (Math.abs(score) <= 1) return score.toFixed(2);
  return score.toPrecision(3);
}

export function fileName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
