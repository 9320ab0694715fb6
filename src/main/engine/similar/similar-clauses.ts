/**
 * "Find similar": clauses from other contracts that are the same kind of clause as a
 * given one. Lexical: BM25 of the clause's telltale words; with stored vectors, also the
 * clauses nearest to its chunks' embedding, fused by RRF as in search.
 */
import type { Database } from 'better-sqlite3';
import { NotFoundError } from '../../../shared/errors';
import type { ClauseFilter } from '../search/clause-filter';
import { reciprocalRankFusion, DEFAULT_RRF_K } from '../search/fusion';
import { DEFAULT_LEXICAL_OPTIONS, lexicalSearch } from '../search/lexical-search';
import { semanticSearch } from '../search/semantic-search';
import { readEmbeddingModel, vectorTableExists, VECTOR_TABLE } from '../store/vector-model';
import { telltaleTerms } from './clause-terms';

export interface SimilarHit {
  clauseId: number;
  rank: number;
  score: number;
  lexicalRank: number | null;
  semanticRank: number | null;
}

export interface SimilarOptions {
  limit: number;
  /** Rank only these clauses (evaluation pools); the clause itself is always left out. */
  filter?: ClauseFilter;
  /** Also rank clauses of the same document (default: other contracts only). */
  sameDocument?: boolean;
}

export function similarClauses(db: Database, clauseId: number, options: SimilarOptions): SimilarHit[] {
  const row = db.prepare('SELECT text, document_id AS documentId FROM clauses WHERE id = ?').get(clauseId) as { text: string; documentId: number } | undefined;
  if (!row) throw new NotFoundError(`There is no clause with id ${clauseId}; run a search to find clause ids.`);
  const keep = (id: number) => id !== clauseId && (options.sameDocument || documentOf(db, id) !== row.documentId);
  const depth = options.limit * 3 + 20;
  const terms = telltaleTerms(db, row.text);
  const plain = { ...DEFAULT_LEXICAL_OPTIONS, dropStopwords: false, equivalences: false, adjacentPairs: false, proximityWindow: 0 };
  const lexical = terms.length > 0 ? lexicalSearch(db, { terms, phrases: [] }, depth, options.filter ?? {}, plain).filter((h) => keep(h.clauseId)) : [];
  const vector = clauseVector(db, clauseId);
  const semantic = vector ? semanticSearch(db, vector, depth, options.filter ?? {}).filter((h) => keep(h.clauseId)) : [];
  if (semantic.length === 0) {
    return lexical.slice(0, options.limit).map((h, i) => ({ clauseId: h.clauseId, rank: i + 1, score: h.score, lexicalRank: i + 1, semanticRank: null }));
  }
  const lexRank = new Map(lexical.map((h, i) => [h.clauseId, i + 1]));
  const semRank = new Map(semantic.map((h, i) => [h.clauseId, i + 1]));
  return reciprocalRankFusion(
    [
      { name: 'lexical', hits: lexical.map((h, i) => ({ ...h, rank: i + 1 })), weight: 1 },
      { name: 'semantic', hits: semantic.map((h, i) => ({ ...h, rank: i + 1 })), weight: 1 },
    ],
    { k: DEFAULT_RRF_K, limit: options.limit },
  ).map((h) => ({ clauseId: h.clauseId, rank: h.rank, score: h.score, lexicalRank: lexRank.get(h.clauseId) ?? null, semanticRank: semRank.get(h.clauseId) ?? null }));
}

function documentOf(db: Database, clauseId: number): number | undefined {
  return db.prepare('SELECT document_id FROM clauses WHERE id = ?').pluck().get(clauseId) as number | undefined;
}

/** The mean of the clause's stored chunk vectors, or null before it is embedded. */
function clauseVector(db: Database, clauseId: number) {
  const model = readEmbeddingModel(db);
  if (!model || !vectorTableExists(db)) return null;
  const blobs = db
    .prepare(`SELECT v.embedding FROM chunks ch JOIN ${VECTOR_TABLE} v ON v.rowid = ch.id WHERE ch.clause_id = ?`)
    .pluck()
    .all(clauseId) as Buffer[];
  if (blobs.length === 0) return null;
  const mean = new Float32Array(model.dimension);
  for (const b of blobs) {
    const v = new Float32Array(b.buffer, b.byteOffset, b.byteLength / 4);
    for (let i = 0; i < mean.length; i++) mean[i]! += v[i]! / blobs.length;
  }
  return { modelId: model.modelId, vector: mean };
}
