import type { Database } from 'better-sqlite3';
import { writeTransaction } from './write-lock';

/** The vec0 table of chunk embeddings; rowid = chunks.id. */
export const VECTOR_TABLE = 'chunk_vectors';

/** The largest dimension vec0 accepts for a float column. */
const MAX_DIMENSION = 8192;

export interface EmbeddingModelInfo {
  modelId: string;
  dimension: number;
}

export interface RecordedEmbeddingModel extends EmbeddingModelInfo {
  setAt: string;
}

/** What `useEmbeddingModel` had to do: nothing, first set-up, or a re-embed because the model changed. */
export type ModelChange = 'unchanged' | 'created' | 'replaced';

/** The model whose vectors are stored, or null before any embedding ran. */
export function readEmbeddingModel(db: Database): RecordedEmbeddingModel | null {
  const row = db.prepare('SELECT model_id, dimension, set_at FROM embedding_model WHERE id = 1').get() as
    | { model_id: string; dimension: number; set_at: string }
    | undefined;
  return row ? { modelId: row.model_id, dimension: row.dimension, setAt: row.set_at } : null;
}

export function vectorTableExists(db: Database): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(VECTOR_TABLE) !== undefined;
}

/**
 * Makes `model` the one whose vectors the store holds. Same model id and dimension as
 * recorded: nothing changes, so an interrupted phase resumes. Otherwise, in one
 * transaction, the vec0 table is recreated with the new dimension and every chunk is
 * marked pending: vectors of two models are never mixed, since their distances mean nothing together.
 */
export function useEmbeddingModel(db: Database, model: EmbeddingModelInfo): ModelChange {
  if (!Number.isInteger(model.dimension) || model.dimension < 1 || model.dimension > MAX_DIMENSION) {
    throw new RangeError(`An embedding dimension must be a whole number from 1 to ${MAX_DIMENSION}; got ${model.dimension}.`);
  }
  return writeTransaction(db, (): ModelChange => {
    const recorded = readEmbeddingModel(db);
    const same = recorded?.modelId === model.modelId && recorded.dimension === model.dimension;
    if (same && vectorTableExists(db)) return 'unchanged';
    // The trigger goes first: it names the table, and chunk deletes fail while it points at nothing.
    db.exec(`
      DROP TRIGGER IF EXISTS chunks_after_delete_vector;
      DROP TABLE IF EXISTS ${VECTOR_TABLE};
      -- Cosine, so the distance reported is 1 - cos(q, v); for unit vectors it ranks as L2 does.
      CREATE VIRTUAL TABLE ${VECTOR_TABLE} USING vec0 (embedding float[${model.dimension}] distance_metric=cosine);
      -- Chunks go when their document is deleted or replaced (cascade); their vectors go with them.
      CREATE TRIGGER chunks_after_delete_vector AFTER DELETE ON chunks BEGIN
        DELETE FROM ${VECTOR_TABLE} WHERE rowid = old.id;
      END;
      UPDATE chunks SET embedded = 0 WHERE embedded = 1;
    `);
    db.prepare(
      `INSERT INTO embedding_model (id, model_id, dimension, set_at) VALUES (1, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET model_id = excluded.model_id, dimension = excluded.dimension, set_at = excluded.set_at`,
    ).run(model.modelId, model.dimension, new Date().toISOString());
    return recorded ? 'replaced' : 'created';
  });
}
