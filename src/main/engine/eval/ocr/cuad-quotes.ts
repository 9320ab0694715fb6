/** CUAD's gold quotes for one contract, from master_clauses.csv (every category column, not the -Answer ones). */
import fs from 'node:fs';
import path from 'node:path';
import { parseDelimited } from '../delimited';

export function cuadQuotes(cuadDir: string, pdfName: string): string[] {
  const rows = parseDelimited(fs.readFileSync(path.join(cuadDir, 'master_clauses.csv'), 'utf8'));
  const header = rows[0]!;
  const row = rows.find((r) => r[0] === pdfName);
  if (!row) return [];
  const quotes: string[] = [];
  header.forEach((column, i) => {
    if (i === 0 || /answer\s*$/i.test(column)) return;
    for (const m of (row[i] ?? '').matchAll(/'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g)) {
      const quote = (m[1] ?? m[2] ?? '').replace(/\\(.)/g, '$1').trim();
      if (quote !== '') quotes.push(quote);
    }
  });
  return quotes;
}

/** Words that occur in at least `minDocs` CUAD contracts: a dictionary of the genre, with its spelling. */
export function cuadDictionary(txtDir: string, minDocs = 3): Set<string> {
  const docsPerWord = new Map<string, number>();
  for (const file of fs.readdirSync(txtDir)) {
    if (!file.endsWith('.txt')) continue;
    const seen = new Set(fs.readFileSync(path.join(txtDir, file), 'utf8').toLowerCase().match(/\p{L}+/gu) ?? []);
    for (const w of seen) docsPerWord.set(w, (docsPerWord.get(w) ?? 0) + 1);
  }
  return new Set([...docsPerWord].filter(([w, n]) => n >= minDocs && w.length > 1).map(([w]) => w));
}
