/**
 * Scanned text often loses the space between two words ("ofthe", "theSupplier"), and
 * older OCR sometimes splits one ("Glam is"). Each pair of adjacent query words is also
 * searched as one joined token, so "of the supplier" still finds "ofthe supplier"
 * and "thesupplier". Only pairs whose joined form is long enough to be specific count.
 */
const MIN_JOINED_LENGTH = 6;

export function joinedPairs(terms: readonly string[]): string[] {
  const joined = new Set<string>();
  for (let i = 0; i + 1 < terms.length; i++) {
    const a = terms[i]!;
    const b = terms[i + 1]!;
    if (!/^\p{L}+$/u.test(a) || !/^\p{L}+$/u.test(b)) continue;
    const token = a + b;
    if (token.length >= MIN_JOINED_LENGTH) joined.add(token);
  }
  return [...joined];
}
