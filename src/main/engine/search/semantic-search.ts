import type { Database } from 'better-sqlite3';
import type { ClauseFilter } from './clause-filter';
import { readEmbeddingModel, vectorTableExists, VECTOR_TABLE } from '../store/vector-model';
import { vectorBlob } from '../store/vector-writer';
import { currentVectorIndex } from '../vectors/vector-index-registry';
import { missingClauseCount, withoutMissingDocuments } from './missing-documents-filter';

/** A query embedded by the bi-encoder, with the model that embedded it. */
export interface QueryVector {
  modelId: string;
  vector: Float32Array;
}

export interface SemanticHit {
  clauseId: number;
  /** Cosine distance, 1 - cos(query, best chunk), in [0, 2]; smaller is nearer. */
  distance: number;
  rank: number;
}

/** sqlite-vec refuses a larger k. */
const MAX_K = 4096;
/** Chunks fetched per clause wanted: long clauses have several windows near the query. */
const OVERFETCH = 4;

/**
 * Ranks clauses by their nearest chunk to the query vector. Unfiltered: the in-memory
 * index (vectors/chunk-vector-index.ts), or vec0's kNN over-fetching chunks until `limit`
 * distinct clauses come back. Filtered: an exact
 * distance over only the filter's chunks, since a kNN over the whole library could
 * return none of them. Chunks not yet embedded are not ranked; without any stored
 * model the list is empty.
 */
export interface SemanticSearchOptions {
  /** 'index' (default): the in-memory binary + int8 index (vectors/); 'sqlite-vec': vec0's own kNN, kept as the bench's reference. */
  backend?: 'index' | 'sqlite-vec';
}

export function semanticSearch(db: Database, query: QueryVector, limit: number, filter: ClauseFilter = {}, options: SemanticSearchOptions = {}): SemanticHit[] {
  const wanted = Math.floor(limit);
  const missing = wanted >= 1 ? missingClauseCount(db) : 0;
  if (missing === 0) return rankPresentAndMissing(db, query, limit, filter, options);
  // Over-fetch by the clauses of gone documents, then drop them.
  return withoutMissingDocuments(db, rankPresentAndMissing(db, query, wanted + missing, filter, options), wanted);
}

function rankPresentAndMissing(db: Database, query: QueryVector, limit: number, filter: ClauseFilter, options: SemanticSearchOptions): SemanticHit[] {
  const recorded = readEmbeddingModel(db);
  limit = Math.floor(limit);
  if (!recorded || !vectorTableExists(db) || !(limit >= 1)) return [];
  if (recorded.modelId !== query.modelId || recorded.dimension !== query.vector.length) {
    throw new Error(
      `The library's vectors come from ${recorded.modelId} (${recorded.dimension} dimensions) but the query was embedded with ${query.modelId} (${query.vector.length}); embed the library with that model first.`,
    );
  }
  // Cosine distance to a zero vector is undefined (NULL in SQL): nothing is near it.
  if (query.vector.every((x) => x === 0)) return [];
  const blob = vectorBlob(query.vector);
  if (filter.clauseIds !== undefined || filter.documentIds !== undefined) return exactScan(db, blob, limit, filter);
  const index = options.backend === 'sqlite-vec' ? null : currentVectorIndex(db);
  if (index !== null) return index.search(query.vector, limit).map((hit, i) => ({ ...hit, rank: i + 1 }));
  return nearestClauses(db, blob, limit);
}

function nearestClauses(db: Database, blob: Buffer, limit: number): SemanticHit[] {
  // The CTE keeps the kNN constraint on vec0 alone, where sqlite-vec can plan it.
  const knn = db.prepare(
    `WITH knn AS (SELECT rowid, distance FROM ${VECTOR_TABLE} WHERE embedding MATCH ? AND k = ?)
     SELECT ch.clause_id AS clauseId, knn.distance FROM knn JOIN chunks ch ON ch.id = knn.rowid`,
  );
  for (let k = Math.min(MAX_K, Math.max(64, limit * OVERFETCH)); ; k = Math.min(MAX_K, k * 4)) {
    const rows = knn.all(blob, k) as Array<{ clauseId: number; distance: number | null }>;
    const best = new Map<number, number>();
    for (const { clauseId, distance } of rows) {
      if (distance === null) continue; // a stored zero vector: no direction, no distance
      const seen = best.get(clauseId);
      if (seen === undefined || distance < seen) best.set(clauseId, distance);
    }
    // Fewer rows than k means every stored vector was seen.
    if (best.size >= limit || rows.length < k) return toHits([...best], limit);
    if (k === MAX_K) return exactScan(db, blob, limit, {});
  }
}

/**
 * Exact cosine distance to every chunk in the filter (all chunks when it is empty), best
 * per clause. MIN skips the NULL distance of a zero vector; a clause with only those is left out.
 */
function exactScan(db: Database, blob: Buffer, limit: number, filter: ClauseFilter): SemanticHit[] {
  const where: string[] = [];
  const params: unknown[] = [blob];
  if (filter.clauseIds) {
    where.push('ch.clause_id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(filter.clauseIds));
  }
  if (filter.documentIds) {
    where.push('ch.clause_id IN (SELECT id FROM clauses WHERE document_id IN (SELECT value FROM json_each(?)))');
    params.push(JSON.stringify(filter.documentIds));
  }
  const rows = db
    .prepare(
      `SELECT ch.clause_id AS clauseId, MIN(vec_distance_cosine(v.embedding, ?)) AS distance
       FROM chunks ch JOIN ${VECTOR_TABLE} v ON v.rowid = ch.id
       ${where.length > 0 ? 'WHERE ' + where.join(' AND ') : ''}
       GROUP BY ch.clause_id`,
    )
    .all(...params) as Array<{ clauseId: number; distance: number | null }>;
  return toHits(rows.flatMap((r) => (r.distance === null ? [] : [[r.clauseId, r.distance]])), limit);
}

/** Nearest first; equal distances by clause id, so the order never depends on the plan. */
function toHits(entries: Array<[number, number]>, limit: number): SemanticHit[] {
  return entries
    .sort((a, b) => a[1] - b[1] || a[0] - b[0])
    .slice(0, limit)
    .map(([clauseId, distance], i) => ({ clauseId, distance, rank: i + 1 }));
}
