/**
 * Questions about one contract: "Consider the Co-Branding Agreement between 2TheMart and
 * i-Escrow; what is the notice period?" is answered inside that agreement, ranked on the
 * question alone. The rule is conservative, because a wrong scope hides every other
 * contract: the naming must be a part of its own, set off by ; or : (or a lead-in such as
 * "Consider", "In", "Under" followed by a comma), most of its distinctive words must name
 * the document, and a question must remain. A party mentioned inside the question itself
 * ("Can Acme terminate?") never scopes.
 */
import { words } from '../query/parse-query';
import { STOPWORDS } from '../query/stopwords';
import type { NamingIndex } from './naming-profiles';

export interface ResolvedScope {
  documentIds: number[];
  titles: string[];
  /** The part of the query that named the contract(s); left out of the ranking. */
  namingText: string;
  /** What is ranked: the query without the naming part. */
  question: string;
  /** One sentence for the trace: which words named which document. */
  reason: string;
}

/** Words that introduce a naming part or only say what kind of document it is. */
const LEAD_INS = new Set(['consider', 'regarding', 're', 'under', 'in', 'for', 'about', 'per', 'according', 'see']);
/** Words that say the naming part names a document; without one, two distinctive names are needed. */
const DOCUMENT_WORDS = new Set([
  'agreement', 'agreements', 'contract', 'contracts', 'policy', 'lease', 'license', 'licence', 'amendment', 'terms', 'deed',
  'addendum', 'schedule', 'memorandum', 'charter', 'bylaws', 'plan', 'indenture', 'note', 'guaranty', 'guarantee', 'mou', 'nda',
]);
const SELF_REFERENCE = /\b(?:this|the|that|these)\s+(?:contract|agreement|policy|privacy policy|lease|license|licence)s?\b/giu;
/** A share of the naming part's weight that must fall on the chosen document(s). */
const MIN_COVERAGE = 0.6;
/** At most this many documents tie for a scope; more means the words name a kind of contract, not one. */
const MAX_SCOPED = 3;

/** Splits "naming; question" or "naming: question"; also "In the X, question" when X starts with a lead-in. */
export function splitNamingPart(query: string): { naming: string; question: string } | null {
  // A semicolon first: a colon may sit inside a quoted title ("TickTick: To Do List").
  const semi = query.match(/^([^;?]{3,300});\s*(.+)$/su) ?? query.match(/^([^;:?]{3,300}):\s*(.+)$/su);
  if (semi) return { naming: semi[1]!.trim(), question: semi[2]!.trim() };
  const comma = query.match(/^((?:consider|regarding|re|under|in|for|about|per|according to)\s[^,?]{3,300}),\s*(.+)$/isu);
  if (comma) return { naming: comma[1]!.trim(), question: comma[2]!.trim() };
  return null;
}

export function resolveScope(query: string, index: NamingIndex): ResolvedScope | null {
  const split = splitNamingPart(query);
  if (!split || words(split.question).length === 0) return null;
  const n = index.profiles.length;
  if (n < 2) return null;
  const naming = [...new Set(words(split.naming))].filter((w) => w.length > 1 && !STOPWORDS.has(w) && !LEAD_INS.has(w));
  // idf over the library's naming profiles: a party name is rare, "agreement" is everywhere;
  // a word no document has weighs as much as the rarest name, no more.
  const weightOf = (w: string) => Math.log((n + 1) / Math.max(1, index.documentFrequency.get(w) ?? 0));
  const total = naming.reduce((s, w) => s + weightOf(w), 0);
  if (total <= 0) return null;
  const scored = index.profiles
    .map((p) => {
      const matched = naming.filter((w) => p.words.has(w));
      const distinctive = matched.filter((w) => (index.documentFrequency.get(w) ?? 0) * 2 <= n);
      return { p, matched, distinctive, weight: matched.reduce((s, w) => s + weightOf(w), 0) };
    })
    .filter((s) => s.distinctive.length > 0)
    .sort((a, b) => b.weight - a.weight || a.p.documentId - b.p.documentId);
  const best = scored[0];
  if (!best || best.weight / total < MIN_COVERAGE) return null;
  const namesADocument = words(split.naming).some((w) => DOCUMENT_WORDS.has(w)) || /['’]s\b/u.test(split.naming);
  if (!namesADocument && best.distinctive.length < 2) return null;
  const tied = scored.filter((s) => s.weight >= best.weight - 1e-9);
  if (tied.length > MAX_SCOPED) return null;
  // Inside the scope, "this contract" is the scope itself: those words would match every clause that says "this Agreement".
  const question = split.question.replace(SELF_REFERENCE, ' ').replace(/\s+/g, ' ').replace(/\s+([?.!,;])/g, '$1').trim();
  return {
    documentIds: tied.map((s) => s.p.documentId),
    titles: tied.map((s) => s.p.title),
    namingText: split.naming,
    question: words(question).length > 0 ? question : split.question,
    reason:
      `"${split.naming}" names ${tied.length === 1 ? 'this contract' : `these ${tied.length} contracts`} ` +
      `(${best.distinctive.join(', ')} appear in its title, file name or opening; ` +
      `${Math.round((100 * best.weight) / total)}% of the naming words' weight), so only the question "${split.question}" is ranked, inside it.`,
  };
}
