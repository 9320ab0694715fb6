import { isHeadingText } from './heading';
import type { TextLine } from './text-lines';

/**
 * Offsets where one paragraph ends and an independent one begins: a blank line after
 * a finished sentence, before a line that does not carry the sentence on. A break in
 * mid-sentence is a page turn or a wrapped list and is not returned.
 */
export function findParagraphBreaks(text: string, lines: readonly TextLine[], noise: readonly boolean[]): number[] {
  const breaks: number[] = [];
  let prev: TextLine | null = null;
  let gap = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (noise[i]) {
      gap = true;
      continue;
    }
    if (prev && (gap || line.afterBlank) && isHardBreak(text, prev, line)) breaks.push(line.start);
    prev = line;
    gap = false;
  }
  return breaks;
}

const CLOSED = /[.!?;]["”’)\]]*$/;
const OPENS_CONTINUATION = /^(?:[a-z]|[•·▪◦○●\-–*]\s)/;

function isHardBreak(text: string, before: TextLine, after: TextLine): boolean {
  const tail = text.slice(Math.max(before.start, before.end - 4), before.end);
  if (!CLOSED.test(tail)) return false;
  if (OPENS_CONTINUATION.test(text.slice(after.start, after.start + 2))) return false;
  // A heading line belongs with the paragraph under it.
  if (before.end - before.start <= 100 && isHeadingText(text.slice(before.start, before.end))) return false;
  return true;
}
