/**
 * Words and phrases that contracts use interchangeably for the same obligation, so that a
 * query in one wording also finds clauses in another. Each group is one a lawyer would
 * sign off on, with the reason it holds; nothing here was derived from eval data.
 */
import { stemPrefix } from './stem-prefix';

export interface EquivalenceGroup {
  /** Each member is a word or a phrase (space-separated words). */
  members: readonly string[];
  reason: string;
}

export const LEGAL_EQUIVALENCES: readonly EquivalenceGroup[] = [
  { members: ['indemnify', 'hold harmless'], reason: 'Indemnities are drafted "indemnify and hold harmless"; either wording alone creates the same duty.' },
  { members: ['assign', 'transfer'], reason: 'Anti-assignment clauses bar a party to "assign or transfer" its rights; either verb names the same act.' },
  { members: ['terminate', 'cancel'], reason: 'Termination rights are often granted as a right to "cancel" the agreement or an order.' },
  { members: ['warrant', 'represent'], reason: 'Representations and warranties are given together ("represents and warrants").' },
  { members: ['renew', 'extend'], reason: 'Renewal clauses "extend the term" as often as they "renew" it.' },
  { members: ['audit', 'inspect'], reason: 'Audit rights are drafted as a right to "inspect" books and records.' },
  { members: ['consequential', 'indirect', 'incidental'], reason: 'Damages exclusions list consequential, indirect and incidental damages as one category.' },
  { members: ['license', 'licence'], reason: 'US and UK spelling of the same word.' },
  { members: ['favored', 'favoured'], reason: 'US and UK spelling in most-favored-customer clauses.' },
];

/** A member's words and, for a single long word, the root its derivations share. */
interface Member {
  words: string[];
  root: string;
}

const GROUPS: Member[][] = LEGAL_EQUIVALENCES.map((g) =>
  g.members.map((m) => {
    const words = m.split(' ');
    return { words, root: words.length === 1 ? (stemPrefix(words[0]!) ?? words[0]!) : m };
  }),
);

/** An equivalent a query gets: a single word (searched with its root) or a phrase. */
export type Equivalent = { word: string; root: string } | { phrase: string[] };

function matchesWord(term: string, member: Member): boolean {
  return member.words.length === 1 && (term === member.words[0] || (member.root.length >= 5 && term.startsWith(member.root)));
}

/**
 * The equivalents of the query's terms (in query order) that the query does not already
 * name: "indemnification" brings "hold harmless", "hold harmless" brings "indemnify".
 */
export function equivalentsFor(terms: readonly string[]): Equivalent[] {
  const joined = ` ${terms.join(' ')} `;
  const out: Equivalent[] = [];
  const seen = new Set<string>();
  for (const group of GROUPS) {
    const present = group.filter((m) => (m.words.length > 1 ? joined.includes(` ${m.words.join(' ')} `) : terms.some((t) => matchesWord(t, m))));
    if (present.length === 0) continue;
    for (const m of group) {
      if (present.includes(m)) continue;
      const key = m.words.join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(m.words.length > 1 ? { phrase: m.words } : { word: m.words[0]!, root: m.root });
    }
  }
  return out;
}
