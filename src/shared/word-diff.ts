/**
 * Word-level difference between two clause texts: the longest common subsequence of
 * their words (whitespace kept with the word before it), as runs of same / removed /
 * added text. Case and spacing differences count; punctuation is part of its word.
 */

export type DiffOp = 'same' | 'removed' | 'added';

export interface DiffRun {
  op: DiffOp;
  text: string;
}

/** Word-with-trailing-space tokens, so joining a side's tokens gives back its text. */
export function wordTokens(text: string): string[] {
  return text.match(/\S+\s*|\s+/g) ?? [];
}

/** Beyond this many cells the table would be too large; the texts then differ as wholes. */
const MAX_CELLS = 4_000_000;

export function wordDiff(base: string, other: string): DiffRun[] {
  const a = wordTokens(base);
  const b = wordTokens(other);
  const key = (t: string) => t.trimEnd();
  const runs: DiffRun[] = [];
  const push = (op: DiffOp, text: string) => {
    const last = runs[runs.length - 1];
    if (last && last.op === op) last.text += text;
    else if (text) runs.push({ op, text });
  };
  if ((a.length + 1) * (b.length + 1) > MAX_CELLS) {
    push('removed', base);
    push('added', other);
    return runs;
  }
  // lcs[i][j] = LCS length of a[i..] and b[j..], in one flat array.
  const w = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * w);
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i * w + j] = key(a[i]!) === key(b[j]!) ? lcs[(i + 1) * w + j + 1]! + 1 : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (key(a[i]!) === key(b[j]!)) {
      push('same', b[j]!);
      i++;
      j++;
    } else if (lcs[(i + 1) * w + j]! >= lcs[i * w + j + 1]!) push('removed', a[i++]!);
    else push('added', b[j++]!);
  }
  while (i < a.length) push('removed', a[i++]!);
  while (j < b.length) push('added', b[j++]!);
  return runs;
}

/** Share of the other text's words that the base has too, 0..1. */
export function sameShare(runs: readonly DiffRun[]): number {
  const count = (op: DiffOp) => runs.filter((r) => r.op === op).reduce((n, r) => n + wordTokens(r.text).length, 0);
  const same = count('same');
  const total = same + Math.max(count('removed'), count('added'));
  return total === 0 ? 1 : same / total;
}
