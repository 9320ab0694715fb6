import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../src/main/engine/store/open-database';
import { DocumentWriter } from '../../../../../src/main/engine/store/document-writer';
import { useEmbeddingModel } from '../../../../../src/main/engine/store/vector-model';
import { storeChunkVectors } from '../../../../../src/main/engine/store/vector-writer';
import { lastVectorChange, vectorChangesSince } from '../../../../../src/main/engine/store/vector-reader';
import { storeDocument } from '../../embeddings/library';

describe('migration 0009 (vector changes)', () => {
  it('logs each stored vector and each deleted embedded chunk, in the same transaction', () => {
    const db = openDatabase(':memory:');
    const documentId = storeDocument(db, '/a.pdf', [{ chunks: ['one'] }, { chunks: ['two', 'three'] }]);
    expect(lastVectorChange(db)).toBe(0);
    useEmbeddingModel(db, { modelId: 'm', dimension: 2 });
    const chunkIds = db.prepare('SELECT id FROM chunks ORDER BY id').pluck().all() as number[];
    storeChunkVectors(db, 2, chunkIds.map((chunkId) => ({ chunkId, vector: new Float32Array([1, chunkId]) })));
    expect(vectorChangesSince(db, 0, 100)!.map((c) => [c.chunkId, c.embedded])).toEqual(chunkIds.map((id) => [id, 1]));
    const afterStore = lastVectorChange(db);

    // A failed batch leaves no log rows behind.
    expect(() => storeChunkVectors(db, 2, [{ chunkId: chunkIds[0]!, vector: new Float32Array([1, 1]) }, { chunkId: chunkIds[1]!, vector: new Float32Array([Number.NaN, 1]) }])).toThrow();
    expect(lastVectorChange(db)).toBe(afterStore);

    new DocumentWriter(db).deleteDocument(documentId);
    expect(vectorChangesSince(db, afterStore, 100)!.map((c) => [c.chunkId, c.embedded]).sort()).toEqual(chunkIds.map((id) => [id, 0]).sort());
  });
});
