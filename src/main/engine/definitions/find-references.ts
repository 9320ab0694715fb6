/**
 * Internal cross-references: "Section 9.2", "Sections 4.1 and 4.3", "Article IV",
 * "clause 5(b)", "Schedule 2", "Exhibit A". Pure text in, references out, each with the
 * address tokens the resolver compares with clause numbers.
 */

export type ReferenceKind = 'section' | 'article' | 'clause' | 'paragraph' | 'schedule' | 'exhibit' | 'annex' | 'appendix';

export interface FoundReference {
  kind: ReferenceKind;
  /** As written, e.g. "Section 9.2(b)". */
  label: string;
  /** Lower-case address parts: "9.2(b)" → ["9", "2", "b"]. */
  address: string[];
  start: number;
  end: number;
}

const KINDS: Record<string, ReferenceKind> = {
  section: 'section', sections: 'section', article: 'article', articles: 'article', clause: 'clause', clauses: 'clause',
  paragraph: 'paragraph', paragraphs: 'paragraph', schedule: 'schedule', schedules: 'schedule', exhibit: 'exhibit', exhibits: 'exhibit',
  annex: 'annex', annexes: 'annex', appendix: 'appendix', appendices: 'appendix',
};
const NUMBERED = '(?:\\d+(?:\\.\\d+)*\\.?(?:\\s?\\([a-zA-Z0-9]{1,4}\\))*|[IVXLC]{1,6}\\b(?:\\.\\d+)*(?:\\s?\\([a-z0-9]{1,4}\\))*|[A-Z]\\b(?:-\\d+)?)';
const REFERENCE = new RegExp(
  `\\b(Sections?|Articles?|Clauses?|Paragraphs?|Schedules?|Exhibits?|Annex(?:es)?|Appendix|Appendices)\\s+(${NUMBERED}(?:\\s*(?:,|and|or|through|to)\\s*${NUMBERED})*)`,
  'giu',
);
const ITEM = new RegExp(NUMBERED, 'gu');
const EXTERNAL = /^\s*(?:of|under)\s+(?:the\s+)?(?:(?:[A-Z][\w.&'-]*|of|and|for)\s+){0,6}(?:Act|Code|Regulations?|Rules?|ERISA|Agreement|Plan|Statute|Treaty|Convention)\b|^\s*(?:of|under)\s+(?:ERISA|the\s+Code|the\s+Securities)\b/u;
/** Letters alone name schedules and exhibits, not sections ("Section A" is rare; "clause A" is prose). */
const LETTER_KINDS = new Set<ReferenceKind>(['schedule', 'exhibit', 'annex', 'appendix', 'article']);

export function addressOf(item: string): string[] {
  return (item.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((p) => p.length > 0);
}

export function findReferences(text: string): FoundReference[] {
  const out: FoundReference[] = [];
  for (const m of text.matchAll(REFERENCE)) {
    const kind = KINDS[m[1]!.toLowerCase()]!;
    const word = m[1]!;
    // "clause" and "paragraph" in lower case are often prose ("this clause 3 times"); require a dotted or bracketed number then.
    // "Section 365(n) of the Bankruptcy Code", "Section 2.1 of the License Agreement": another instrument's numbering.
    if (EXTERNAL.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 80))) continue;
    const offset = m.index! + m[0].indexOf(m[2]!);
    for (const item of m[2]!.matchAll(ITEM)) {
      const raw = item[0].replace(/\.$/, '');
      const start = offset + item.index!;
      const isLetter = /^[A-Z](?:-\d+)?$/.test(raw);
      const isRoman = /^[IVXLC]+$/.test(raw);
      if ((isLetter || isRoman) && !LETTER_KINDS.has(kind) && !(isRoman && kind === 'section')) continue;
      if (/^[a-z]/.test(word) && (kind === 'clause' || kind === 'paragraph') && !/[.(]/.test(raw) && !/^\d+$/.test(raw)) continue;
      out.push({ kind, label: `${word} ${raw}`, address: addressOf(raw), start, end: start + raw.length });
    }
  }
  return out;
}

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

/** "iv" → 4; null when the text is not a roman numeral. */
export function romanValue(text: string): number | null {
  if (!/^[ivxlc]+$/.test(text)) return null;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const v = ROMAN[text[i]!]!;
    const next = ROMAN[text[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}
