import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../src/main/engine/store/open-database';
import { readEmbeddingModel, useEmbeddingModel, vectorTableExists } from '../../../../src/main/engine/store/vector-model';
import { storeChunkVectors } from '../../../../src/main/engine/store/vector-writer';
import { count, expectConsistent, storeNumberedDocument } from '../embeddings/library';

const unit = (dimension: number, axis = 0) => {
  const v = new Float32Array(dimension);
  v[axis] = 1;
  return v;
};

describe('the embedding model record', () => {
  it('creates the vec0 table on first use and keeps it for the same model', () => {
    const db = openDatabase(':memory:');
    expect(readEmbeddingModel(db)).toBeNull();
    expect(vectorTableExists(db)).toBe(false);
    expect(useEmbeddingModel(db, { modelId: 'a', dimension: 4 })).toBe('created');
    expect(readEmbeddingModel(db)).toMatchObject({ modelId: 'a', dimension: 4, setAt: expect.any(String) });
    expect(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'chunk_vectors'").pluck().get()).toMatch(/float\[4\] distance_metric=cosine/);

    storeNumberedDocument(db, '/a.pdf', 2);
    storeChunkVectors(db, 4, [{ chunkId: 1, vector: unit(4) }]);
    expect(useEmbeddingModel(db, { modelId: 'a', dimension: 4 })).toBe('unchanged');
    expect(count(db, 'SELECT COUNT(*) FROM chunks WHERE embedded = 1')).toBe(1);
    expect(count(db, 'SELECT COUNT(*) FROM chunk_vectors')).toBe(1);
  });

  it.each([
    ['another model of the same dimension', { modelId: 'b', dimension: 4 }, /float\[4\]/],
    ['another dimension', { modelId: 'a', dimension: 6 }, /float\[6\]/],
  ])('drops every vector and marks every chunk pending for %s', (_, model, sql) => {
    const db = openDatabase(':memory:');
    storeNumberedDocument(db, '/a.pdf', 3);
    useEmbeddingModel(db, { modelId: 'a', dimension: 4 });
    storeChunkVectors(db, 4, [1, 2, 3].map((chunkId) => ({ chunkId, vector: unit(4, chunkId) })));
    expect(useEmbeddingModel(db, model)).toBe('replaced');
    expect(readEmbeddingModel(db)).toMatchObject(model);
    expect(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'chunk_vectors'").pluck().get()).toMatch(sql);
    expect(count(db, 'SELECT COUNT(*) FROM chunk_vectors')).toBe(0);
    expect(count(db, 'SELECT COUNT(*) FROM chunks WHERE embedded = 1')).toBe(0);
    // The delete trigger points at the new table.
    storeChunkVectors(db, model.dimension, [{ chunkId: 1, vector: unit(model.dimension) }]);
    db.prepare('DELETE FROM documents').run();
    expect(count(db, 'SELECT COUNT(*) FROM chunk_vectors')).toBe(0);
    expectConsistent(db);
  });

  it('recreates a missing vector table even when the model is unchanged', () => {
    const db = openDatabase(':memory:');
    useEmbeddingModel(db, { modelId: 'a', dimension: 4 });
    db.exec('DROP TRIGGER chunks_after_delete_vector; DROP TABLE chunk_vectors');
    expect(useEmbeddingModel(db, { modelId: 'a', dimension: 4 })).toBe('replaced');
    expect(vectorTableExists(db)).toBe(true);
  });

  it('refuses a dimension that is not a whole positive number', () => {
    const db = openDatabase(':memory:');
    for (const dimension of [0, -3, 1.5, Number.NaN, 100_000]) {
      expect(() => useEmbeddingModel(db, { modelId: 'a', dimension })).toThrow(RangeError);
    }
    expect(readEmbeddingModel(db)).toBeNull();
  });

  it('replaces a stale vector under a chunk id instead of failing', () => {
    const db = openDatabase(':memory:');
    storeNumberedDocument(db, '/a.pdf', 1);
    useEmbeddingModel(db, { modelId: 'a', dimension: 4 });
    storeChunkVectors(db, 4, [{ chunkId: 1, vector: unit(4, 0) }]);
    storeChunkVectors(db, 4, [{ chunkId: 1, vector: unit(4, 3) }]);
    const blob = db.prepare('SELECT embedding FROM chunk_vectors WHERE rowid = 1').pluck().get() as Buffer;
    expect(Array.from(new Float32Array(blob.buffer.slice(blob.byteOffset, blob.byteOffset + 16)))).toEqual([0, 0, 0, 1]);
  });
});
