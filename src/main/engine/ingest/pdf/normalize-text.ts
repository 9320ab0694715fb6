/**
 * Character-level clean-up of the strings pdf.js returns, so that what is searched
 * matches what the user types: ligatures and compatibility forms folded (NFKC), odd
 * spaces made plain, invisible characters dropped.
 */

// Zero-width and BOM characters, and the C0/C1 controls left once spaces are handled.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
// NBSP, the Unicode space block, line/paragraph separators, tab, CR, LF.
const ODD_SPACE = /[\t\r\n\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/g;

/** Normalises one text item; it never contains a line break afterwards. */
export function normalizeRunText(raw: string): string {
  return raw.normalize('NFKC').replace(ODD_SPACE, ' ').replace(INVISIBLE, '');
}

/** Collapses runs of spaces inside a line and trims it. */
export function tidyLine(line: string): string {
  return line.replace(/ {2,}/g, ' ').trim();
}
