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
const LAWS_OF = new RegExp(
  `laws?\\s+(?:in\\s+force\\s+in\\s+|of\\s+|prevailing\\s+in\\s+)(?:the\\s+)?(?:(?:State|Commonwealth|Province|Republic|Kingdom|Federal Republic)\\s+of\\s+)?(${CAPITALISED})`,
  'g',
);
const GOVERNING = /govern|constru|interpret/i;
const NOT_PLACES = /^(the|this|such|any|each|all|united states of america)$/i;

/** The governing jurisdiction named in the text, or null. */
export function extractJurisdiction(text: string): string | null {
  const flat = text.replace(/\s+/g, ' ');
  LAWS_OF.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LAWS_OF.exec(flat)) !== null) {
    const window = flat.slice(Math.max(0, m.index - 200), m.index + m[0].length + 40);
    if (!GOVERNING.test(window)) continue;
    const place = knownPlace(m[1]!) ?? cleanPlace(m[1]!);
    if (place) return place;
  }
  const adjective = /\b(English|British|German|French|Swiss|Dutch|Israeli|Chinese|Japanese|Indian)\s+law\b/i.exec(flat);
  if (adjective) return ADJECTIVES[adjective[1]!.toLowerCase()]!;
  if (GOVERNING.test(flat)) return knownPlace(flat);
  return null;
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

function knownPlace(text: string): string | null {
  for (const place of PLACES) {
    const re = new RegExp(`\\b${place.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]")}\\b`);
    if (re.test(text)) return place;
  }
  return null;
}

function cleanPlace(raw: string): string | null {
  const words = raw.split(/\s+/).filter((w) => !/^(and|of)$/i.test(w) || raw.split(/\s+/).length > 2);
  const place = words.join(' ').replace(/[.,;:]+$/, '');
  if (place === '' || NOT_PLACES.test(place) || place.length > 60) return null;
  return place;
}
