/** Review state per (document path, type): survives re-ingest of the file; clause_hash says what was reviewed. */
import type { Database } from 'better-sqlite3';
import type { ReviewState } from '../../../shared/review';

export interface StoredReview {
  documentPath: string;
  typeId: string;
  state: ReviewState;
  note: string | null;
  clauseHash: string;
  at: string;
}

export class ReviewStore {
  constructor(private readonly db: Database) {}

  /** Every review of these documents, keyed "path\u0000typeId". */
  forPaths(paths: readonly string[]): Map<string, StoredReview> {
    const out = new Map<string, StoredReview>();
    const statement = this.db.prepare<[string], { type_id: string; state: ReviewState; note: string | null; clause_hash: string; reviewed_at: string }>(
      'SELECT type_id, state, note, clause_hash, reviewed_at FROM review_states WHERE document_path = ?',
    );
    for (const path of new Set(paths)) {
      for (const r of statement.all(path)) {
        out.set(reviewKey(path, r.type_id), { documentPath: path, typeId: r.type_id, state: r.state, note: r.note, clauseHash: r.clause_hash, at: r.reviewed_at });
      }
    }
    return out;
  }

  save(review: StoredReview): void {
    this.db
      .prepare(
        `INSERT INTO review_states (document_path, type_id, state, note, clause_hash, reviewed_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (document_path, type_id) DO UPDATE SET state = excluded.state, note = excluded.note,
           clause_hash = excluded.clause_hash, reviewed_at = excluded.reviewed_at`,
      )
      .run(review.documentPath, review.typeId, review.state, review.note, review.clauseHash, review.at);
  }

  clear(documentPath: string, typeId: string): void {
    this.db.prepare('DELETE FROM review_states WHERE document_path = ? AND type_id = ?').run(documentPath, typeId);
  }
}

export function reviewKey(path: string, typeId: string): string {
  return `${path}\u0000${typeId}`;
}
