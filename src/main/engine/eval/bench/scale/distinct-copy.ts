// Makes copy number n of a contract text distinct from the original and from every other copy.

/** "Acme Widgets, Inc." style names: capitalised words before a company suffix. */
const COMPANY = /\b((?:[A-Z][A-Za-z0-9&'-]*\s){0,3}[A-Z][A-Za-z0-9&'-]*),?\s(Inc|LLC|L\.L\.C|Ltd|Limited|Corporation|Corp|Company|Co|L\.P|LP|plc|N\.V|S\.A|GmbH|AG)\b/g;
/** Money amounts such as $1,250,000.00 or $500. */
const AMOUNT = /\$\s?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?/g;
const NAME_WORDS = ['Northwind', 'Bluestone', 'Harbor', 'Kestrel', 'Meridian', 'Oakridge', 'Pinecrest', 'Redwood', 'Silverline', 'Tidewater', 'Summit', 'Larkspur'];

/** A name for copy n that no other copy gets: two words from the list plus the copy number. */
function copyName(n: number, index: number): string {
  const a = NAME_WORDS[(n * 7 + index) % NAME_WORDS.length]!;
  const b = NAME_WORDS[(n * 3 + index * 5 + 1) % NAME_WORDS.length]!;
  return `${a} ${b} ${n}`;
}

/**
 * Copy 0 is the text itself. Copy n ≥ 1 gets a first line naming the copy, every company
 * name replaced consistently by one unique to the copy, and every dollar amount scaled by
 * (1 + n/10), so content hashes differ and the lexical statistics shift a little, as in a
 * library of similar contracts between different parties.
 */
export function distinctCopy(text: string, name: string, n: number): string {
  if (n === 0) return text;
  const names = new Map<string, string>();
  const renamed = text.replace(COMPANY, (_whole, company: string, suffix: string) => {
    if (!names.has(company)) names.set(company, copyName(n, names.size));
    return `${names.get(company)!}, ${suffix}`;
  });
  const repriced = renamed.replace(AMOUNT, (_whole, digits: string, cents: string | undefined) => {
    const value = Math.round(Number(digits.replace(/,/g, '')) * (1 + n / 10));
    return `$${value.toLocaleString('en-US')}${cents ?? ''}`;
  });
  return `Library copy ${n} of ${name}\n${repriced}`;
}
