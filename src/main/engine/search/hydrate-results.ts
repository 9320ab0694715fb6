import type { Database } from 'better-sqlite3';
import type { SearchResult, StageTrace } from '../../../shared/api';
import { printedLabelSql } from '../store/printed-page-sql';
import { matchOffsetsInClauses } from './match-offsets';

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
  printed_start: string | null;
  printed_end: string | null;
  path_json: string;
  parent_heading: string | null;
}

/** A clause placed by the pipeline: its final rank and score, and how each stage saw it. */
export interface PlacedClause {
  clauseId: number;
  rank: number;
  score: number;
  stages: StageTrace;
}

export const EMPTY_TRACE: StageTrace = {
  lexicalRank: null,
  lexicalScore: null,
  semanticRank: null,
  semanticDistance: null,
  fusedRank: null,
  fusedScore: null,
  rerankScore: null,
  rerankWindow: null,
};

/** Ranked clauses → the records the CLI and UI show, with highlight spans for the lexical match. */
export function hydrateResults(db: Database, ranked: readonly PlacedClause[], match: string | null): SearchResult[] {
  const load = db.prepare(
    `SELECT c.id AS clause_id, c.document_id, d.title AS document_title, d.path AS document_path, c.number, c.heading,
            c.page_start, c.page_end, c.char_start, c.char_end, c.text,
            ${printedLabelSql('c.document_id', 'c.page_start')} AS printed_start, ${printedLabelSql('c.document_id', 'c.page_end')} AS printed_end,
            c.path_json,
            (SELECT p.heading FROM clauses p WHERE p.document_id = c.document_id AND p.ordinal < c.ordinal
               AND p.number = json_extract(c.path_json, '$[#-2]') ORDER BY p.ordinal DESC LIMIT 1) AS parent_heading
     FROM clauses c JOIN documents d ON d.id = c.document_id
     WHERE c.id = ?`,
  );
  const matches = match ? matchOffsetsInClauses(db, ranked.map((item) => item.clauseId), match) : new Map<number, Array<[number, number]>>();
  return ranked.map((item) => {
    const row = load.get(item.clauseId) as ResultRow;
    return {
      rank: item.rank,
      score: item.score,
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
      printedPageStart: row.printed_start,
      printedPageEnd: row.printed_end,
      clausePath: JSON.parse(row.path_json) as string[],
      parentHeading: row.parent_heading,
      text: row.text,
      matches: matches.get(item.clauseId) ?? [],
      stages: item.stages,
    };
  });
}
