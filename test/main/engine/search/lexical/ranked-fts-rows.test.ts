import { describe, expect, it } from 'vitest';
import { ClauseEngine } from '../../../../../src/main/engine/engine';
import { buildMatchExpression, DEFAULT_LEXICAL_OPTIONS, lexicalSearch } from '../../../../../src/main/engine/search/lexical-search';
import { offsetsFromMarkers } from '../../../../../src/main/engine/search/match-offsets';
import { parseQuery } from '../../../../../src/main/engine/search/query/parse-query';
import { textWithClauses } from '../../../../helpers/sample-store';

const VOCABULARY = ['party', 'shall', 'indemnify', 'liability', 'termination', 'notice', 'payment', 'invoice', 'confidential', 'licence',
  'warranty', 'breach', 'damages', 'insurance', 'assignment', 'governing', 'law', 'arbitration', 'force', 'majeure'];

/** A seeded generator, so every run builds the same library. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** 60 documents × 25 clauses of skewed word draws: common words match most clauses, and many scores tie. */
function generatedLibrary(): { engine: ClauseEngine; documentIds: number[] } {
  const engine = ClauseEngine.open(':memory:');
  const next = random(15);
  const documentIds: number[] = [];
  for (let d = 0; d < 60; d++) {
    const parts = Array.from({ length: 25 }, (_, i) => {
      const words = Array.from({ length: 3 + Math.floor(next() * 12) }, () => VOCABULARY[Math.floor(next() ** 2 * VOCABULARY.length)]!);
      return { number: String(i + 1), heading: next() < 0.3 ? VOCABULARY[Math.floor(next() * VOCABULARY.length)] : undefined, body: words.join(' ') };
    });
    const { text, clauses } = textWithClauses(parts);
    documentIds.push(engine.addPresegmentedDocument({ path: `/gen/${d}.txt`, title: `Generated ${d}`, text, clauses }));
  }
  return { engine, documentIds };
}

/** The ranking as it was: every matching row joined to clauses, all sorted, the filter read off the stream. */
function referenceRanking(engine: ClauseEngine, query: string, limit: number, filter: { clauseIds?: number[]; documentIds?: number[] } = {}) {
  const match = buildMatchExpression(parseQuery(query), DEFAULT_LEXICAL_OPTIONS);
  const { text, heading, number } = DEFAULT_LEXICAL_OPTIONS.weights;
  const rows = engine.db
    .prepare(
      `SELECT f.rowid AS clauseId, bm25(clauses_fts, ${text}, ${heading}, ${number}) AS bm25, c.document_id AS documentId
       FROM clauses_fts f JOIN clauses c ON c.id = f.rowid WHERE clauses_fts MATCH ? ORDER BY bm25, f.rowid`,
    )
    .all(match) as Array<{ clauseId: number; bm25: number; documentId: number }>;
  return rows
    .filter((r) => (filter.clauseIds ? filter.clauseIds.includes(r.clauseId) : true) && (filter.documentIds ? filter.documentIds.includes(r.documentId) : true))
    .slice(0, limit)
    .map((r, i) => ({ clauseId: r.clauseId, score: -r.bm25, rank: i + 1 }));
}

const QUERIES = ['party shall', 'indemnify the party for damages', 'force majeure', 'notice of termination for breach', 'arbitration', 'licence warranty'];

const MARKERS = { open: '\uE000ref[', close: ']ref\uE001' };

describe('lexical ranking inside FTS5', () => {
  it('gives the same top 100 as joining and sorting every matching row', () => {
    const { engine } = generatedLibrary();
    for (const q of QUERIES) {
      const reference = referenceRanking(engine, q, 100);
      expect(reference.length, q).toBe(100);
      expect(lexicalSearch(engine.db, parseQuery(q), 100), q).toEqual(reference);
    }
  });

  it('gives the same filtered lists, whether the over-fetched first pass suffices or not', () => {
    const { engine, documentIds } = generatedLibrary();
    const allClauses = engine.db.prepare('SELECT id FROM clauses ORDER BY id').pluck().all() as number[];
    const filters = [
      { documentIds: documentIds.slice(0, 40) }, // most rows pass: the first pass is enough
      { documentIds: [documentIds[7]!] }, // few pass: the full ranked list is read
      { clauseIds: allClauses.filter((id) => id % 3 === 0) },
      { clauseIds: allClauses.slice(0, 30), documentIds: [documentIds[0]!] },
    ];
    for (const q of QUERIES) {
      for (const filter of filters) {
        const reference = referenceRanking(engine, q, 100, filter);
        expect(reference.length).toBeGreaterThan(0);
        expect(lexicalSearch(engine.db, parseQuery(q), 100, filter), `${q} ${JSON.stringify(filter).slice(0, 40)}`).toEqual(reference);
      }
    }
  });

  it('highlights each result clause as one MATCH pass over the whole list did', async () => {
    const { engine } = generatedLibrary();
    const { results } = await engine.search('party indemnify', { topK: 50 });
    expect(results).toHaveLength(50);
    const match = buildMatchExpression(parseQuery('party indemnify'), DEFAULT_LEXICAL_OPTIONS);
    const marked = engine.db
      .prepare(`SELECT rowid AS id, highlight(clauses_fts, 0, '${MARKERS.open}', '${MARKERS.close}') AS m FROM clauses_fts WHERE clauses_fts MATCH ? AND +rowid IN (SELECT value FROM json_each(?))`)
      .all(match, JSON.stringify(results.map((r) => r.clauseId))) as Array<{ id: number; m: string }>;
    const reference = new Map(marked.map((row) => [row.id, offsetsFromMarkers(row.m, MARKERS)]));
    for (const r of results) expect(r.matches, `clause ${r.clauseId}`).toEqual(reference.get(r.clauseId));
    expect(results.filter((r) => r.matches.length > 0).length).toBeGreaterThan(40);
    for (const r of results) {
      const words = r.matches.map(([s, e]) => r.text.slice(s, e).toLowerCase());
      // A clause can match on its heading alone; its text then has nothing to highlight.
      const textHasQueryWord = /\b(party|indemnify)\b/i.test(r.text);
      expect(words.length > 0, `clause ${r.clauseId}`).toBe(textHasQueryWord);
      // A span is a word or, for the adjacent-pair phrase, both words together.
      for (const w of words) for (const part of w.split(' ')) expect(['party', 'indemnify']).toContain(part);
    }
  });
});
