/** similarClauses() as result records with highlights of the telltale words, for the CLI and the app. */
import type { Database } from 'better-sqlite3';
import type { SimilarResponse } from '../../../shared/clause-links';
import { EMPTY_TRACE, hydrateResults } from '../search/hydrate-results';
import { ftsAny, quoteFtsString } from '../search/query/fts-expression';
import { telltaleTerms } from './clause-terms';
import { similarClauses } from './similar-clauses';

export type { SimilarResponse };

export function findSimilar(db: Database, clauseId: number, limit: number): SimilarResponse {
  const hits = similarClauses(db, clauseId, { limit });
  const text = db.prepare('SELECT text FROM clauses WHERE id = ?').pluck().get(clauseId) as string;
  const terms = telltaleTerms(db, text);
  const placed = hits.map((h) => ({
    clauseId: h.clauseId,
    rank: h.rank,
    score: h.score,
    stages: { ...EMPTY_TRACE, lexicalRank: h.lexicalRank, semanticRank: h.semanticRank },
  }));
  return { clauseId, terms, results: hydrateResults(db, placed, terms.length > 0 ? ftsAny(terms.map(quoteFtsString)) : null) };
}
