/**
 * The contract's own title and parties from its first page ("Site Development and
 * Hosting Agreement — AmericasShoppingMall, Inc. / Elcom, Inc."), so the library shows
 * what a lawyer calls the document rather than its file name. Null when the first page
 * states no recognisable title.
 */

const KIND = /\b(agreement|contract|lease|licen[cs]e|deed|memorandum|addendum|amendment|terms|plan|indenture|guarant(?:y|ee)|undertaking|letter|charter|protocol|mou|nda)\b/i;
const NOT_A_TITLE = /^(exhibit|schedule|annex|appendix|attachment|execution copy|confidential|table of contents|page\b|source:|docusign)/i;
const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);
// Company forms and country codes that stay in capitals when a heading is title-cased.
const ACRONYMS = new Set(['ag', 'llc', 'llp', 'plc', 'sa', 'nv', 'bv', 'lp', 'se', 'ab', 'kg', 'usa', 'uk', 'us', 'gmbh', 'nda']);
const MAX_TITLE = 90;
const MAX_PARTY = 60;

/** "SITE DEVELOPMENT AND HOSTING AGREEMENT" → "Site Development and Hosting Agreement". */
export function titleCase(text: string): string {
  if (/[a-z]/.test(text)) return text;
  return text
    .toLowerCase()
    .split(' ')
    .map((word, i) =>
      ACRONYMS.has(word.replace(/\W/g, ''))
        ? word.toUpperCase()
        : i > 0 && SMALL_WORDS.has(word)
          ? word
          : // Each part of a compound: "non-disclosure" → "Non-Disclosure".
            word.replace(/(^|[-–/])(\W*)(\p{L})/gu, (_, sep: string, pre: string, letter: string) => sep + pre + letter.toUpperCase()),
    )
    .join(' ');
}

function looksLikeTitle(line: string): boolean {
  if (line.length < 6 || line.length > MAX_TITLE || NOT_A_TITLE.test(line) || !KIND.test(line)) return false;
  // A title is set apart: all capitals, or Title Case without a sentence's full stop.
  const letters = line.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  if (letters.length > 0 && upper / letters.length > 0.8) return true;
  const words = line.split(/\s+/);
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w) || SMALL_WORDS.has(w.toLowerCase())).length;
  return !/[.;:]$/.test(line) && words.length <= 10 && capitalised === words.length;
}

/** The title line of the first page, joined with the line before it when that is its first half ("SITE DEVELOPMENT AND" / "HOSTING AGREEMENT"). */
function findTitle(lines: string[]): string | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!looksLikeTitle(line)) continue;
    const before = lines[i - 1];
    if (before && before === before.toUpperCase() && /\p{L}/u.test(before) && !NOT_A_TITLE.test(before) && !/\d/.test(before) && (before + line).length <= MAX_TITLE && line === line.toUpperCase()) {
      return `${before} ${line}`;
    }
    return line;
  }
  return null;
}

function cleanParty(raw: string): string | null {
  let party = raw.replace(/\s+/g, ' ').replace(/^(the|and|among)\s+/i, '').trim();
  // "GINARES GROUP AG January 5, 2015": a date closes the party list.
  party = party.replace(/\s+(?:dated\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b.*$/, '');
  party = party.replace(/[,;:]+$/, '').trim();
  if (party.length < 2 || party.length > MAX_PARTY || !/^\p{Lu}/u.test(party) || /^(the )?part(y|ies)\b/i.test(party)) return null;
  return titleCase(party);
}

/** The first two parties named after "between" on the first page. */
export function findParties(text: string): [string, string] | null {
  const at = /\b(?:by and )?between\s+(?:and among\s+)?/i.exec(text);
  if (!at) return null;
  const rest = text.slice(at.index + at[0].length, at.index + at[0].length + 600).replace(/\s+/g, ' ');
  const end = (s: string) => s.search(/\s*(?:[,(“"]|\s+a\s+\p{Lu}|\s+an\s+\p{Lu}|\.\s)/u);
  const firstEnd = end(rest);
  if (firstEnd <= 0) return null;
  const first = cleanParty(rest.slice(0, firstEnd));
  const andAt = rest.slice(firstEnd).search(/\band\s+(?=\p{Lu})/u);
  if (!first || andAt < 0) return null;
  const secondText = rest.slice(firstEnd + andAt).replace(/^and\s+/, '');
  const secondEnd = end(secondText);
  const second = cleanParty(secondEnd > 0 ? secondText.slice(0, secondEnd) : secondText.slice(0, MAX_PARTY));
  return second ? [first, second] : null;
}

/** The first page's title ("Supply Agreement") and parties ("A Ltd / B plc"), or null without a title. */
export function firstPageTitle(firstPageText: string): { title: string; parties: string | null } | null {
  const lines = firstPageText
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .slice(0, 30);
  const title = findTitle(lines);
  if (!title) return null;
  const parties = findParties(firstPageText);
  return { title: titleCase(title), parties: parties ? `${parties[0]} / ${parties[1]}` : null };
}
