/**
 * What names each document: the words of its title, its file name, and the capitalised
 * words of its opening (where contracts name themselves and their parties). Lower-case
 * words of the opening are left out on purpose, so a topic word ("indemnification") that
 * happens to appear early never names a document. Cached until the library changes.
 */
import type { Database } from 'better-sqlite3';
import path from 'node:path';
import { words } from '../query/parse-query';

/** Contracts name their parties in the preamble; later text is content, not a name. */
export const OPENING_CHARS = 2000;

export interface NamingProfile {
  documentId: number;
  title: string;
  words: ReadonlySet<string>;
}

export interface NamingIndex {
  profiles: NamingProfile[];
  /** How many documents' profiles hold each word. */
  documentFrequency: ReadonlyMap<string, number>;
}

/** Words with a capital letter as written: names, titles, defined parties. */
export function capitalisedWords(text: string): string[] {
  const out: string[] = [];
  for (const token of text.normalize('NFKC').match(/[\p{L}\p{N}\p{M}]+/gu) ?? []) {
    if (/\p{Lu}/u.test(token)) out.push(token.toLowerCase());
  }
  return out;
}

export function buildNamingIndex(rows: ReadonlyArray<{ id: number; title: string; path: string; opening: string }>): NamingIndex {
  const documentFrequency = new Map<string, number>();
  const profiles = rows.map((r) => {
    const stem = path.basename(r.path).replace(/\.[^.]+$/, '');
    const set = new Set([...words(r.title), ...words(stem), ...capitalisedWords(r.opening)]);
    for (const w of set) documentFrequency.set(w, (documentFrequency.get(w) ?? 0) + 1);
    return { documentId: r.id, title: r.title, words: set };
  });
  return { profiles, documentFrequency };
}

const cache = new WeakMap<Database, { key: string; index: NamingIndex }>();

export function namingIndexOf(db: Database): NamingIndex {
  const key = JSON.stringify(db.prepare("SELECT count(*) AS n, max(id) AS maxId, sum(id) AS sumId FROM documents WHERE status = 'ready'").get());
  const hit = cache.get(db);
  if (hit && hit.key === key) return hit.index;
  const rows = db
    .prepare(`SELECT id, title, path, substr(text, 1, ${OPENING_CHARS}) AS opening FROM documents WHERE status = 'ready' ORDER BY id`)
    .all() as Array<{ id: number; title: string; path: string; opening: string }>;
  const index = buildNamingIndex(rows);
  cache.set(db, { key, index });
  return index;
}
