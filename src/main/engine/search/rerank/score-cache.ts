import type { Database, Statement, Transaction } from 'better-sqlite3';
import { isBusyError } from '../../store/write-lock';

/** Several hundred re-ranked queries of 100 candidates; roughly 25 MB with its index. */
export const DEFAULT_SCORE_CACHE_MAX_ROWS = 100_000;

export interface CachedLogit {
  hash: Buffer;
  logit: number;
}

/**
 * The persistent cross-encoder score cache (table rerank_cache, migration 0003). One
 * statement reads any number of keys (the hashes travel as one JSON array of hex), and
 * one transaction writes a query's new scores. Rows beyond `maxRows` are pruned, oldest
 * written first, once enough writes have accumulated to make the delete worth running.
 */
export class RerankScoreCache {
  private readonly select: Statement;
  private readonly insert: Statement;
  private readonly writeAll: Transaction<(modelId: string, query: string, rows: readonly CachedLogit[], now: number) => void>;
  private writtenSincePrune = 0;

  constructor(
    private readonly db: Database,
    readonly maxRows = DEFAULT_SCORE_CACHE_MAX_ROWS,
    private readonly now: () => number = Date.now,
  ) {
    this.select = db.prepare(
      `SELECT window_hash AS hash, logit FROM rerank_cache
        WHERE model_id = ? AND query = ? AND window_hash IN (SELECT unhex(value) FROM json_each(?))`,
    );
    this.insert = db.prepare(
      `INSERT INTO rerank_cache (model_id, query, window_hash, logit, created_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT DO UPDATE SET logit = excluded.logit, created_at = excluded.created_at`,
    );
    this.writeAll = db.transaction((modelId: string, query: string, rows: readonly CachedLogit[], at: number) => {
      for (const row of rows) this.insert.run(modelId, query, row.hash, row.logit, at);
    });
  }

  /** Cached logits of the given windows, keyed by hex hash; absent keys are misses. */
  lookup(modelId: string, query: string, hashes: readonly Buffer[]): Map<string, number> {
    const found = new Map<string, number>();
    if (hashes.length === 0) return found;
    const keys = JSON.stringify(hashes.map((h) => h.toString('hex')));
    for (const row of this.select.all(modelId, query, keys) as CachedLogit[]) {
      found.set(row.hash.toString('hex'), row.logit);
    }
    return found;
  }

  /** Writes one query's new scores in one transaction, then prunes when due. */
  store(modelId: string, query: string, rows: readonly CachedLogit[]): void {
    if (rows.length === 0) return;
    try {
      this.writeAll.immediate(modelId, query, rows, this.now());
    } catch (error) {
      // The cache only saves time: while another process holds the write lock, a search skips storing.
      if (isBusyError(error)) return;
      throw error;
    }
    this.writtenSincePrune += rows.length;
    if (this.writtenSincePrune > this.maxRows / 10) this.prune();
  }

  /** Keeps the newest `maxRows` rows; returns how many were deleted. */
  prune(maxRows = this.maxRows): number {
    this.writtenSincePrune = 0;
    const cutoff = this.db
      .prepare('SELECT created_at FROM rerank_cache ORDER BY created_at DESC LIMIT 1 OFFSET ?')
      .pluck()
      .get(Math.max(0, Math.floor(maxRows))) as number | undefined;
    if (cutoff === undefined) return 0;
    // Rows written in the same millisecond as the cutoff row go together, so a prune may keep slightly fewer.
    return this.db.prepare('DELETE FROM rerank_cache WHERE created_at <= ?').run(cutoff).changes;
  }

  /** Drops every cached score (e.g. after the user swaps the re-ranking model). */
  clear(modelId?: string): number {
    const statement =
      modelId === undefined
        ? this.db.prepare('DELETE FROM rerank_cache')
        : this.db.prepare('DELETE FROM rerank_cache WHERE model_id = ?').bind(modelId);
    return statement.run().changes;
  }

  count(): number {
    return this.db.prepare('SELECT count(*) FROM rerank_cache').pluck().get() as number;
  }
}
