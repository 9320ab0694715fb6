/**
 * The jurisdiction whose law governs: "the laws of the State of New York" → "New York",
 * "English law" → "England", "the laws of the Province of Ontario" → "Ontario". The name
 * is the capitalised phrase after "laws of"; a known state or country in the clause is
 * the fallback when the sentence is phrased otherwise.
 */

const US_STATES = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'District of Columbia', 'Florida',
  'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
  'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire',
  'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania',
  'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington',
  'West Virginia', 'Wisconsin', 'Wyoming',
];
const OTHER_PLACES = [
  "People's Republic of China", 'China', 'Hong Kong', 'Taiwan', 'Japan', 'Singapore', 'India', 'Israel', 'England and Wales', 'England',
  'Scotland', 'Ireland', 'Germany', 'France', 'Italy', 'Spain', 'Netherlands', 'Switzerland', 'Belgium', 'Sweden', 'Canada', 'Ontario',
  'British Columbia', 'Quebec', 'Alberta', 'Nova Scotia', 'Australia', 'New South Wales', 'Victoria', 'Brazil', 'Mexico', 'Korea',
  'South Africa', 'Kazakhstan', 'Colombia', 'Papua New Guinea', 'United Kingdom', 'United States',
];
const ADJECTIVES: Record<string, string> = { english: 'England', british: 'United Kingdom', german: 'Germany', french: 'France', swiss: 'Switzerland', dutch: 'Netherlands', israeli: 'Israel', chinese: 'China', japanese: 'Japan', indian: 'India' };
const PLACES = [...US_STATES, ...OTHER_PLACES].sort((a, b) => b.length - a.length);
const CAPITALISED = "[A-Z][A-Za-z'’.]*(?:\\s+(?:of\\s+|and\\s+)?[A-Z][A-Za-z'’.]*)*";
const GOVERNING = /govern|constru|interpret/i;
const NOT_PLACES = /^(the|this|such|any|each|all|united states of america)$/i;

/** Short forms contracts use for a jurisdiction. */
const ALIASES: Record<string, string> = { PRC: "People's Republic of China", 'P.R.C.': "People's Republic of China", 'U.K.': 'United Kingdom', UK: 'United Kingdom' };
/** A federal system's law is applied with a state's; the state is the answer a reviewer wants. */
const FEDERAL = new Set(['United States', 'Canada', 'Australia', 'Germany']);
const LAWS_OF_ANY_CASE = /\blaws?\s+(?:in\s+force\s+in|of|prevailing\s+in)\s+/gi;
/** How far after "laws of" the place is looked for. */
const PLACE_WINDOW = 90;

/** The governing jurisdiction named in the text, or null. */
export function extractJurisdiction(text: string): string | null {
  const flat = text.replace(/\s+/g, ' ');
  const places: string[] = [];
  LAWS_OF_ANY_CASE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LAWS_OF_ANY_CASE.exec(flat)) !== null) {
    const window = flat.slice(Math.max(0, m.index - 200), m.index + m[0].length + 40);
    if (!GOVERNING.test(window)) continue;
    const after = flat.slice(m.index + m[0].length, m.index + m[0].length + PLACE_WINDOW);
    const place = earliestPlace(after) ?? capitalisedPlace(after);
    if (place) places.push(place);
    // "the laws of the United States and the State of Florida": the state named beside a federal law.
    if (place && FEDERAL.has(place)) {
      const rest = after.slice(after.toLowerCase().indexOf(place.toLowerCase()) + place.length);
      const next = earliestPlace(rest);
      if (next) places.push(next);
    }
  }
  const local = places.find((p) => !FEDERAL.has(p));
  if (local ?? places[0]) return local ?? places[0]!;
  const adjective = /\b(English|British|German|French|Swiss|Dutch|Israeli|Chinese|Japanese|Indian)\s+law\b/i.exec(flat);
  if (adjective) return ADJECTIVES[adjective[1]!.toLowerCase()]!;
  if (GOVERNING.test(flat)) return earliestPlace(flat);
  return null;
}

/** The known place (or alias) that appears first in the text, any case. */
function earliestPlace(text: string): string | null {
  let best: { at: number; place: string } | null = null;
  const consider = (name: string, place: string) => {
    const re = new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]")}(?![A-Za-z])`, name === name.toUpperCase() ? '' : 'i');
    const hit = re.exec(text);
    if (hit && (best === null || hit.index < best.at || (hit.index === best.at && place.length > best.place.length))) best = { at: hit.index, place };
  };
  for (const place of PLACES) consider(place, place);
  for (const [alias, place] of Object.entries(ALIASES)) consider(alias, place);
  return best === null ? null : (best as { place: string }).place;
}

function capitalisedPlace(after: string): string | null {
  const m = new RegExp(`^(?:the\\s+)?(?:(?:State|Commonwealth|Province|Republic|Kingdom|Federal Republic)\\s+of\\s+)?(${CAPITALISED})`).exec(after);
  return m ? cleanPlace(m[1]!) : null;
}

/** "New York" and "new york" read as the same place; "State of New York" as "New York". */
export function sameJurisdiction(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/[’']/g, "'")
      .replace(/\b(the|state|commonwealth|province|of|laws?)\b/g, ' ')
      .replace(/[^a-z']+/g, ' ')
      .trim();
  const first = (s: string) => norm(s.split(/[;,]/)[0]!);
  return first(a) === first(b) || norm(a) === norm(b);
}

function cleanPlace(raw: string): string | null {
  const words = raw.split(/\s+/).filter((w) => !/^(and|of)$/i.test(w) || raw.split(/\s+/).length > 2);
  const place = words.join(' ').replace(/[.,;:]+$/, '');
  if (place === '' || NOT_PLACES.test(place) || place.length > 60) return null;
  return place;
}
