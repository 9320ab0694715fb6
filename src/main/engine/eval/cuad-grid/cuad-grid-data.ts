/**
 * The CUAD grid benchmark's gold: master_clauses.csv's quotes and answers per (contract,
 * category), the txt file each row belongs to, and the train/test split by contract
 * (test = sha1(Filename) starts with two hex digits below "33").
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDelimited } from '../delimited';
import { parsePythonStringList } from './python-list';

export const MASTER_CLAUSES = 'raw/cuad_v1/master_clauses.csv';
export const CUAD_TXT_DIR = 'raw/cuad_v1/full_contract_txt';

export type Split = 'train' | 'test';

export interface GoldContract {
  /** The CSV's Filename (the PDF name). */
  filename: string;
  /** The txt file's absolute path. */
  txtPath: string;
  split: Split;
  /** Category name → verbatim quotes (possibly empty). */
  quotes: Map<string, string[]>;
  /** Category name → the "-Answer" column's text. */
  answers: Map<string, string>;
}

export interface CuadGridGold {
  categories: string[];
  contracts: GoldContract[];
}

export function splitOf(filename: string): Split {
  return createHash('sha1').update(filename, 'utf8').digest('hex').slice(0, 2) < '33' ? 'test' : 'train';
}

export function loadCuadGridGold(dataDir: string): CuadGridGold {
  const rows = parseDelimited(readFileSync(path.join(dataDir, MASTER_CLAUSES), 'utf8'));
  const header = rows[0]!;
  const categories = header.filter((h, i) => i > 0 && !/-\s*Answer$/.test(h));
  const answerColumn = new Map(categories.map((c) => [c, header.findIndex((h) => h.replace(/-\s*Answer$/, '') === c && /Answer$/.test(h))]));
  const txtDir = path.join(dataDir, CUAD_TXT_DIR);
  const txtByKey = new Map(readdirSync(txtDir).filter((n) => n.endsWith('.txt')).map((n) => [fileKey(n.slice(0, -4)), n]));
  const contracts: GoldContract[] = [];
  for (const row of rows.slice(1)) {
    if (row.length < header.length) continue;
    const filename = row[0]!;
    const txt = txtByKey.get(fileKey(filename.replace(/\.pdf'?$/i, '')));
    if (!txt) throw new Error(`No txt file for ${filename}.`);
    const quotes = new Map<string, string[]>();
    const answers = new Map<string, string>();
    for (const c of categories) {
      quotes.set(c, parsePythonStringList(row[header.indexOf(c)]!));
      answers.set(c, row[answerColumn.get(c)!] ?? '');
    }
    contracts.push({ filename, txtPath: path.join(txtDir, txt), split: splitOf(filename), quotes, answers });
  }
  return { categories, contracts };
}

/** Matches names that differ only in punctuation, accents, case or spacing ("A&R" vs "A_R"). */
function fileKey(name: string): string {
  return name.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]/g, '');
}
