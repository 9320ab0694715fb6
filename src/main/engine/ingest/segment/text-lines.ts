/** The document as lines with offsets: the unit the segmenter scans. */

export interface TextLine {
  /** Offsets of the line's first and one-past-last non-space characters. */
  start: number;
  end: number;
  /** A blank line (or the document start) comes before this line. */
  afterBlank: boolean;
}

/** Non-blank lines of `text` in order; blank lines only show up as `afterBlank`. */
export function splitLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let afterBlank = true;
  let lineStart = 0;
  const n = text.length;
  while (lineStart <= n) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = n;
    let s = lineStart;
    let e = lineEnd;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (s < e) {
      lines.push({ start: s, end: e, afterBlank });
      afterBlank = false;
    } else {
      afterBlank = true;
    }
    lineStart = lineEnd + 1;
  }
  return lines;
}

/** Exactly the characters JavaScript's \s matches, so trimming agrees with /\s/. */
export function isSpace(code: number): boolean {
  return (
    code === 32 || code === 9 || code === 10 || code === 13 || code === 11 || code === 12 ||
    code === 160 || code === 0x2028 || code === 0x2029 || code === 0x3000 || code === 0xfeff ||
    (code >= 0x2000 && code <= 0x200a) || code === 0x1680 || code === 0x202f || code === 0x205f
  );
}
