/** Reads CUAD's quote cells, which are Python list literals of strings: ['a', "b's"]. */

export function parsePythonStringList(text: string): string[] {
  const s = text.trim();
  if (s === '' || s === '[]') return [];
  if (!s.startsWith('[') || !s.endsWith(']')) throw new Error(`Not a list literal: ${s.slice(0, 40)}`);
  const out: string[] = [];
  let i = 1;
  while (i < s.length - 1) {
    const c = s[i]!;
    if (c === ' ' || c === ',' || c === '\n') {
      i++;
      continue;
    }
    if (c !== "'" && c !== '"') throw new Error(`Unexpected character ${c} in list literal at ${i}.`);
    let value = '';
    i++;
    while (i < s.length && s[i] !== c) {
      if (s[i] === '\\' && i + 1 < s.length) {
        const next = s[i + 1]!;
        value += next === 'n' ? '\n' : next === 't' ? '\t' : next;
        i += 2;
      } else value += s[i++];
    }
    if (i >= s.length) throw new Error('Unterminated string in list literal.');
    out.push(value);
    i++;
  }
  return out;
}
