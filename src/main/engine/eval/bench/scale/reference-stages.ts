/**
 * Reference implementations the scale bench times beside the product's stages: the lexical
 * query as it was before ranking moved inside FTS5 (every match joined to clauses, all
 * sorted), FTS5 alone with ORDER BY rank LIMIT N, and a plain exact float scan over the
 * same vectors held in memory (the floor any vector index must beat, and the truth for recall).
 */
import type { Database } from 'better-sqlite3';
import type { ClauseFilter } from '../../../search/clause-filter';
import type { LexicalHit, LexicalOptions } from '../../../search/lexical-search';
import { iterateChunkVectors } from '../../../store/vector-reader';

/** The lexical stage's SQL before this change, filters read off the ranked stream. */
export function legacyLexicalRows(db: Database, match: string, limit: number, options: LexicalOptions, filter: ClauseFilter = {}): LexicalHit[] {
  const { text, heading, number } = options.weights;
  const filtered = filter.clauseIds !== undefined || filter.documentIds !== undefined;
  const statement = db.prepare(`
    SELECT f.rowid AS clauseId, bm25(clauses_fts, ${text}, ${heading}, ${number}) AS bm25, c.document_id AS documentId
    FROM clauses_fts f JOIN clauses c ON c.id = f.rowid
    WHERE clauses_fts MATCH ?
    ORDER BY bm25, f.rowid ${filtered ? '' : 'LIMIT ?'}`);
  const clauseIds = filter.clauseIds ? new Set(filter.clauseIds) : null;
  const documentIds = filter.documentIds ? new Set(filter.documentIds) : null;
  const rows: Array<{ clauseId: number; bm25: number }> = [];
  const iterator = (filtered ? statement.iterate(match) : statement.iterate(match, limit)) as IterableIterator<{ clauseId: number; bm25: number; documentId: number }>;
  for (const row of iterator) {
    if (clauseIds && !clauseIds.has(row.clauseId)) continue;
    if (documentIds && !documentIds.has(row.documentId)) continue;
    rows.push(row);
    if (rows.length >= limit) {
      iterator.return?.();
      break;
    }
  }
  return rows.map((r, i) => ({ clauseId: r.clauseId, score: -r.bm25, rank: i + 1 }));
}

/** FTS5 alone, its built-in rank (plain bm25()) ordered and cut inside the virtual table. */
export function ftsRankOnly(db: Database, match: string, limit: number): number[] {
  return db.prepare('SELECT rowid FROM clauses_fts WHERE clauses_fts MATCH ? ORDER BY rank LIMIT ?').pluck().all(match, limit) as number[];
}

/** Every stored vector as floats, unit length, in one array: what an exact scan reads. */
export class ExactFloatScan {
  private readonly vectors: Float32Array;
  private readonly clauseIds: Int32Array;
  readonly count: number;

  constructor(db: Database, readonly dimension: number) {
    const rows: Array<{ clauseId: number; v: Float32Array }> = [];
    for (const row of iterateChunkVectors(db)) {
      if (row.embedding.byteLength !== dimension * 4) continue;
      const v = new Float32Array(dimension);
      new Uint8Array(v.buffer).set(row.embedding);
      let n = 0;
      for (let i = 0; i < dimension; i++) n += v[i]! * v[i]!;
      if (n === 0) continue;
      const inv = 1 / Math.sqrt(n);
      for (let i = 0; i < dimension; i++) v[i]! *= inv;
      rows.push({ clauseId: row.clauseId, v });
    }
    this.count = rows.length;
    this.vectors = new Float32Array(rows.length * dimension);
    this.clauseIds = new Int32Array(rows.length);
    rows.forEach((r, i) => {
      this.vectors.set(r.v, i * dimension);
      this.clauseIds[i] = r.clauseId;
    });
  }

  /** The exact top `limit` clauses by their nearest chunk (cosine), nearest first. */
  search(query: Float32Array, limit: number): number[] {
    const d = this.dimension;
    let n = 0;
    for (let i = 0; i < d; i++) n += query[i]! * query[i]!;
    const inv = 1 / Math.sqrt(n);
    const cosines = new Float32Array(this.count);
    for (let s = 0; s < this.count; s++) {
      let dot = 0;
      const base = s * d;
      for (let i = 0; i < d; i++) dot += this.vectors[base + i]! * query[i]!;
      cosines[s] = dot * inv;
    }
    // The best chunks, widening until they hold `limit` clauses: no clause outside them can beat those inside.
    const order = Array.from(cosines.keys());
    for (let take = limit * 4; ; take *= 4) {
      const top = partialTop(order, cosines, Math.min(take, this.count));
      const best = new Map<number, number>();
      for (const s of top) {
        const c = this.clauseIds[s]!;
        if (!best.has(c)) best.set(c, cosines[s]!);
      }
      if (best.size >= limit || top.length >= this.count) {
        return [...best]
          .sort((a, b) => b[1] - a[1] || a[0] - b[0])
          .slice(0, limit)
          .map(([c]) => c);
      }
    }
  }
}

/** The `k` slots of largest value, largest first (a threshold from a sample, then a sort of the few above it). */
function partialTop(order: number[], values: Float32Array, k: number): number[] {
  if (k >= order.length) return [...order].sort((a, b) => values[b]! - values[a]!);
  const sample = order.filter((_, i) => i % 64 === 0).map((s) => values[s]!).sort((a, b) => b - a);
  let cut = sample[Math.min(sample.length - 1, Math.ceil((k / order.length) * sample.length * 2) + 8)]!;
  for (;;) {
    const above = order.filter((s) => values[s]! >= cut);
    if (above.length >= k || cut === -Infinity) return above.sort((a, b) => values[b]! - values[a]!).slice(0, k);
    cut = cut > 0 ? cut / 2 - 0.5 : cut * 2 - 0.5;
    if (cut < -2) cut = -Infinity;
  }
}
