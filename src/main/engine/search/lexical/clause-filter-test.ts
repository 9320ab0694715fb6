// Turns a ClauseFilter into an in-memory membership test for ranked rows.
import type { Database } from 'better-sqlite3';
import type { ClauseFilter } from '../clause-filter';
import { clauseIdsOfDocuments } from './ranked-fts-rows';

/**
 * A test that accepts a clause id exactly when the filter does. Both sets are read once per
 * search: an IN (json_each) constraint inside the FTS5 query is evaluated per row and was
 * 100x slower on ACORD's 1,300-clause pools.
 */
export function clauseFilterTest(db: Database, filter: ClauseFilter): (clauseId: number) => boolean {
  const clauseIds = filter.clauseIds ? new Set(filter.clauseIds) : null;
  const documentClauses = filter.documentIds ? clauseIdsOfDocuments(db, filter.documentIds) : null;
  return (clauseId) => (clauseIds === null || clauseIds.has(clauseId)) && (documentClauses === null || documentClauses.has(clauseId));
}
