import type { Database } from 'better-sqlite3';
import type { SearchResult } from '../../../shared/api';
import type { LexicalHit } from './lexical-search';
import { matchOffsetsInClause } from './match-offsets';

interface ResultRow {
  clause_id: number;
  document_id: number;
  document_title: string;
  document_path: string;
  number: string | null;
  heading: string | null;
  page_start: number;
  page_end: number;
  char_start: number;
  char_end: number;
  text: string;
}

/** Lexical hits → the result records the CLI and UI show, with highlight spans. */
export function hydrateLexicalHits(db: Database, hits: readonly LexicalHit[], match: string): SearchResult[] {
  const load = db.prepare(
    `SELECT c.id AS clause_id, c.document_id, d.title AS document_title, d.path AS document_path, c.number, c.heading,
            c.page_start, c.page_end, c.char_start, c.char_end, c.text
     FROM clauses c JOIN documents d ON d.id = c.document_id
     WHERE c.id = ?`,
  );
  return hits.map((hit) => {
    const row = load.get(hit.clauseId) as ResultRow;
    const matches = matchOffsetsInClause(db, hit.clauseId, match);
    return {
      rank: hit.rank,
      score: hit.score,
      documentId: row.document_id,
      documentTitle: row.document_title,
      documentPath: row.document_path,
      clauseId: row.clause_id,
      clauseNumber: row.number,
      heading: row.heading,
      pageStart: row.page_start,
      pageEnd: row.page_end,
      charStart: row.char_start,
      charEnd: row.char_end,
      text: row.text,
      matches,
      stages: {
        lexicalRank: hit.rank,
        lexicalScore: hit.score,
        semanticRank: null,
        semanticDistance: null,
        fusedRank: null,
        fusedScore: null,
        rerankScore: null,
      },
    };
  });
}
