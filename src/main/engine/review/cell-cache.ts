/** Computed cells in the database, by (document sha256, type definition hash, model id). */
import type { Database } from 'better-sqlite3';

/** What a computed cell needs to be rebuilt without ranking again; clauses by ordinal. */
export interface CachedCell {
  /** [ordinal, score] for the best clause and the runners-up, best first. */
  candidates: Array<[number, number]>;
  confidence: number;
  found: boolean;
  value: string | null;
}

export class CellCache {
  constructor(private readonly db: Database) {}

  /** The cached cells of one type for these documents, by sha256. */
  read(typeHash: string, modelId: string, sha256s: readonly string[]): Map<string, CachedCell> {
    const out = new Map<string, CachedCell>();
    const statement = this.db.prepare<[string, string, string], { cell_json: string }>(
      'SELECT cell_json FROM review_cells WHERE document_sha256 = ? AND type_hash = ? AND model_id = ?',
    );
    for (const sha of new Set(sha256s)) {
      const row = statement.get(sha, typeHash, modelId);
      if (row) out.set(sha, JSON.parse(row.cell_json) as CachedCell);
    }
    return out;
  }

  write(typeHash: string, modelId: string, cells: ReadonlyMap<string, CachedCell>): void {
    const insert = this.db.prepare(
      `INSERT INTO review_cells (document_sha256, type_hash, model_id, cell_json, created_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (document_sha256, type_hash, model_id) DO UPDATE SET cell_json = excluded.cell_json, created_at = excluded.created_at`,
    );
    const now = new Date().toISOString();
    this.db.transaction(() => {
      for (const [sha, cell] of cells) insert.run(sha, typeHash, modelId, JSON.stringify(cell), now);
    }).immediate();
  }

  /** Drops cells no stored document or current type uses any more. */
  prune(liveTypeHashes: readonly string[]): number {
    const hashes = JSON.stringify([...liveTypeHashes]);
    return this.db
      .prepare(
        `DELETE FROM review_cells WHERE document_sha256 NOT IN (SELECT sha256 FROM documents)
           OR type_hash NOT IN (SELECT value FROM json_each(?))`,
      )
      .run(hashes).changes;
  }
}
