/**
 * A contract's title: the opening line that names the agreement ("MASTER SERVICES
 * AGREEMENT", "Exhibit 10.1 License Agreement"). Titles are short and either in capitals
 * or name an instrument; exhibit labels and filing stamps above them are skipped.
 */

const INSTRUMENT = /\b(agreement|contract|amendment|addendum|license|licence|lease|deed|memorandum|terms|plan|arrangement|undertaking|understanding|charter|warrant|note|bond|guarant(?:y|ee)|indenture|assignment)s?\b/i;
const SKIP = /^(exhibit|schedule|annex|appendix|attachment)\b[\s\d.:\-–A-Z]*$|^(execution (copy|version)|confidential|page \d+)|^\W*$/i;
const MAX_TITLE_CHARS = 150;
const LINES_READ = 12;

/** The title line of a clause that opens a contract, or null when none reads like a title. */
export function titleLine(text: string): string | null {
  const lines = text
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l !== '')
    .slice(0, LINES_READ);
  for (const line of lines) {
    if (SKIP.test(line) || line.length > MAX_TITLE_CHARS) continue;
    if (INSTRUMENT.test(line) && (isMostlyUpper(line) || line.split(' ').length <= 8)) return line.replace(/[.:]+$/, '');
  }
  return null;
}

function isMostlyUpper(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  if (letters.length < 4) return false;
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  return upper / letters.length > 0.8;
}
