/**
 * Turns the metadata title into one worth showing, or null. Word processors often put
 * the file name there ("Microsoft Word - msa_final_v3.docx") or a placeholder
 * ("Untitled", "Document1").
 */

const APP_PREFIX = /^(microsoft\s+(word|excel|powerpoint)|word|pages|libreoffice\s+\w+)\s+-\s+/i;
const FILE_EXTENSION = /\.(docx?|dotx?|rtf|odt|wpd|pages|txt|pdf|html?|xlsx?|pptx?)$/i;
const PLACEHOLDER = /^(untitled(\s+document)?|document\s*\d*|doc\s*\d*|title|none|null|unknown|\d+)$/i;

export function usableTitle(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  let title = raw.normalize('NFKC').replace(/[\u0000-\u001F\u007F\uFEFF]/g, ' ');
  title = title.replace(/\s+/g, ' ').trim();
  // "Stripe_Atlas_NDA_-_FORM": a file name even without its extension.
  const looksLikeFile = APP_PREFIX.test(title) || FILE_EXTENSION.test(title) || /^\S*_\S*$/.test(title);
  title = title.replace(APP_PREFIX, '').replace(FILE_EXTENSION, '');
  if (looksLikeFile) {
    // A file name: keep its last path segment and read separators as spaces.
    title = title.split(/[\\/]/).at(-1) ?? '';
    title = title.replace(/[_]+/g, ' ').replace(/\s+/g, ' ').trim();
  }
  if (title.length < 3 || PLACEHOLDER.test(title) || !/\p{L}/u.test(title)) return null;
  return title;
}
