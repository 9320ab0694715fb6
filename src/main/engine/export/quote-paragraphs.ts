import { parseMarker } from '../ingest/segment/parse-marker';

/**
 * Clause text as stored keeps the PDF's line breaks ("\n") and marks paragraphs with a
 * blank line. In Word, line-wrap breaks would leave ragged lines, so they are reflowed:
 * a blank line starts a new paragraph, and so does a line that opens a list item
 * ("(a)", "1.1", "ii.", a bullet); any other line continues the one before it.
 */
export function quoteParagraphs(text: string): string[] {
  const paragraphs: string[] = [];
  for (const block of wordSafe(text).split(/\n[ \t]*\n/)) {
    let current = '';
    for (const raw of block.split('\n')) {
      const line = raw.trim();
      if (line === '') continue;
      if (current !== '' && startsListItem(line)) {
        paragraphs.push(current);
        current = '';
      }
      current = joinLine(current, line);
    }
    if (current !== '') paragraphs.push(current);
  }
  return paragraphs;
}

/**
 * Word refuses a document whose XML holds control characters, and PDF text can carry
 * them; tabs and carriage returns become spaces or newlines instead.
 */
export function wordSafe(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
}

function startsListItem(line: string): boolean {
  if (/^[•▪◦·‣*–—-]\s/.test(line)) return true;
  const marker = parseMarker(line, 0, line.length);
  // "Section 5" or "Article II" at a line start is far more often a wrapped cross-reference
  // ("…subject to\nSection 5…") than a new item inside the clause.
  return marker !== null && marker.kind !== 'article' && !(marker.kind === 'decimal' && marker.worded);
}

/** A compound split at its hyphen ("royalty-\nfree") rejoins without a space. */
function joinLine(current: string, line: string): string {
  if (current === '') return line;
  return /\p{L}-$/u.test(current) ? current + line : `${current} ${line}`;
}
