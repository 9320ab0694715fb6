/**
 * OCR quality against a reference text that is itself an older OCR (CUAD's txt): how much
 * of the reference survives, measured three ways that merged words ("ofthe") and
 * spacing do not distort: letters and digits in order (LCS, spaces removed), dictionary
 * words (multiset overlap), and whether a quote is found in a text (LCS share).
 */

/** Lower-case letters and digits only. */
export function alnum(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Length of the longest common subsequence, in O(n·m) time and O(m) memory. */
export function lcsLength(a: string, b: string): number {
  if (a.length === 0 || b.length === 0) return 0;
  const [long, short] = a.length >= b.length ? [a, b] : [b, a];
  let prev = new Int32Array(short.length + 1);
  let curr = new Int32Array(short.length + 1);
  for (let i = 1; i <= long.length; i++) {
    const c = long.charCodeAt(i - 1);
    for (let j = 1; j <= short.length; j++) {
      curr[j] = c === short.charCodeAt(j - 1) ? prev[j - 1]! + 1 : Math.max(prev[j]!, curr[j - 1]!);
    }
    [prev, curr] = [curr, prev];
  }
  return prev[short.length]!;
}

/** Share of the reference's letters and digits recovered in order. */
export function characterRecall(reference: string, ocr: string): number {
  const ref = alnum(reference);
  return ref.length === 0 ? 0 : lcsLength(ref, alnum(ocr)) / ref.length;
}

export function words(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(/\p{L}+/gu) ?? [];
}

/** Share of the reference's dictionary words (counted with repeats) that the OCR text also has. */
export function dictionaryWordRecall(reference: string, ocr: string, dictionary: ReadonlySet<string>): number {
  const counts = new Map<string, number>();
  for (const w of words(ocr)) counts.set(w, (counts.get(w) ?? 0) + 1);
  let total = 0;
  let found = 0;
  for (const w of words(reference)) {
    if (!dictionary.has(w)) continue;
    total++;
    const left = counts.get(w) ?? 0;
    if (left > 0) {
      found++;
      counts.set(w, left - 1);
    }
  }
  return total === 0 ? 0 : found / total;
}

/** A quote is in a text when at least `share` of its letters and digits appear there in order. */
export function containsQuote(text: string, quote: string, share = 0.8): boolean {
  const q = alnum(quote);
  if (q.length === 0) return false;
  const t = alnum(text);
  if (t.includes(q)) return true;
  return lcsLength(q, t) >= share * q.length;
}
