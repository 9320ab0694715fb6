/**
 * CSV-style parsing with a configurable delimiter. ACORD's qrels are TSV but quote
 * fields the CSV way (`"""as is"" clause"` is `"as is" clause`), so splitting on tabs
 * is not enough.
 */

/**
 * Rows of fields. Lines end with \n or \r\n. A field that starts with `"` is quoted: it
 * runs to the closing quote, `""` inside it is one literal quote, and it may hold
 * delimiters and newlines. A quote elsewhere is an ordinary character. Anything but a
 * delimiter or line end after a closing quote is an error (malformed data fails loudly).
 */
export function parseDelimited(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let atFieldStart = true;
  let line = 1;
  let i = 0;

  while (i < text.length) {
    const c = text[i];
    if (atFieldStart && c === '"') {
      const startLine = line;
      i++;
      for (;;) {
        if (i >= text.length) throw new Error(`Unterminated quoted field starting on line ${startLine}.`);
        if (text[i] === '"') {
          if (text[i + 1] !== '"') break;
          field += '"';
          i += 2;
          continue;
        }
        if (text[i] === '\n') line++;
        field += text[i];
        i++;
      }
      i++; // the closing quote
      const next = text[i];
      if (next !== undefined && next !== delimiter && next !== '\n' && !(next === '\r' && text[i + 1] === '\n')) {
        throw new Error(`Unexpected text after a closing quote on line ${line}.`);
      }
      atFieldStart = false;
      continue;
    }
    if (c === delimiter) {
      row.push(field);
      field = '';
      atFieldStart = true;
      i++;
    } else if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      atFieldStart = true;
      i += c === '\r' ? 2 : 1;
      line++;
    } else {
      field += c;
      atFieldStart = false;
      i++;
    }
  }
  // A last line without a newline still counts; an empty tail after the final newline does not.
  if (row.length > 0 || field !== '' || !atFieldStart) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
