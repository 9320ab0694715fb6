/**
 * Defined terms in contract text: `"Confidential Information" means …`, `… (the "Effective
 * Date")`, `"Affiliate" shall have the meaning …`. Pure text in, spans out; storing and
 * linking them is elsewhere in this folder.
 */

export interface FoundDefinition {
  term: string;
  /** The defining text: the definition after `means`, or the sentence holding the parenthesis. */
  text: string;
  /** [start, end) of `text` in the input. */
  start: number;
  end: number;
  form: 'means' | 'parenthetical';
}

const OPEN = '["“]';
const CLOSE = '["”]';
const TERM = '([^"“”\\n]{1,80}?)';
const MEANS = new RegExp(
  `${OPEN}${TERM}${CLOSE}\\s*(?:,\\s*)?(?:shall\\s+(?:mean|have\\s+the\\s+meaning|refer\\s+to|include)|means|has\\s+the\\s+meaning|have\\s+the\\s+meaning|refers?\\s+to|is\\s+defined|includes|:)`,
  'gu',
);
const PARENTHETICAL = new RegExp(
  `\\(\\s*(?:(?:each|collectively|individually|together|jointly|severally)\\s*,?\\s*(?:and\\s+\\w+\\s*,?\\s*)?)?(?:(?:hereinafter|herein|hereafter)\\s*,?\\s*)?(?:(?:referred\\s+to\\s+)?(?:herein\\s+)?as\\s+)?(?:an?\\s+|the\\s+)?${OPEN}${TERM}${CLOSE}`,
  'giu',
);
/** A definition runs at most this far; longer ones are cut at a sentence end. */
const MAX_DEFINITION = 1500;

/** A plausible defined term: starts with a capital or digit, a handful of words, not a whole sentence. */
export function isTermLike(term: string): boolean {
  const t = term.trim();
  return /^[\p{Lu}\d]/u.test(t) && t.split(/\s+/).length <= 8 && !/[.;:]$/.test(t);
}

function sentenceStart(text: string, at: number): number {
  const before = text.slice(Math.max(0, at - MAX_DEFINITION), at);
  const m = [...before.matchAll(/(?:[.;:]\s+|\n\s*\n)/g)].pop();
  return m ? at - before.length + m.index! + m[0].length : Math.max(0, at - before.length);
}

function definitionEnd(text: string, from: number, limit: number): number {
  const stop = Math.min(limit, from + MAX_DEFINITION, text.length);
  const para = text.indexOf('\n\n', from);
  return para >= 0 && para < stop ? para : stop;
}

export function findDefinitions(text: string): FoundDefinition[] {
  const out: FoundDefinition[] = [];
  const means = [...text.matchAll(MEANS)].filter((m) => isTermLike(m[1]!));
  means.forEach((m, i) => {
    const start = m.index!;
    const next = means[i + 1]?.index ?? text.length;
    const end = definitionEnd(text, start + m[0].length, next);
    out.push({ term: m[1]!.trim(), text: text.slice(start, end).trim(), start, end, form: 'means' });
  });
  const taken = new Set(out.map((d) => d.term));
  for (const m of text.matchAll(PARENTHETICAL)) {
    const term = m[1]!.trim();
    if (!isTermLike(term) || taken.has(term)) continue;
    taken.add(term);
    const close = text.indexOf(')', m.index! + m[0].length);
    const end = close >= 0 && close - m.index! < 300 ? close + 1 : m.index! + m[0].length;
    const start = sentenceStart(text, m.index!);
    out.push({ term, text: text.slice(start, end).trim(), start, end, form: 'parenthetical' });
  }
  return out.sort((a, b) => a.start - b.start);
}
