import { describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { EmbeddingIndexer, type EmbeddingProgress } from '../../../../src/main/engine/embeddings/embedding-indexer';
import { embeddingTotals } from '../../../../src/main/engine/embeddings/embedding-status';
import { DocumentReader } from '../../../../src/main/engine/store/document-reader';

/** Per-document embedding state as the library reports it, for documents that have chunks. */
function documentEmbeddingStatus(db: Database, documentIds?: readonly number[]) {
  return new DocumentReader(db)
    .listDocuments()
    .filter((d) => d.chunkCount > 0 && (!documentIds || documentIds.includes(d.id)))
    .map((d) => ({ documentId: d.id, chunks: d.chunkCount, embedded: d.embeddedChunks }))
    .sort((a, b) => a.documentId - b.documentId);
}
import { DocumentWriter } from '../../../../src/main/engine/store/document-writer';
import { openDatabase } from '../../../../src/main/engine/store/open-database';
import { readEmbeddingModel } from '../../../../src/main/engine/store/vector-model';
import { FakeEmbedder, bagOfWords } from './fake-embedder';
import { count, expectConsistent, storeDocument, storeNumberedDocument } from './library';

function libraryOf(...clauseCounts: number[]): { db: Database; documentIds: number[] } {
  const db = openDatabase(':memory:');
  const documentIds = clauseCounts.map((n, i) => storeNumberedDocument(db, `/doc${i}.pdf`, n, `word${i}`));
  return { db, documentIds };
}

function storedVector(db: Database, chunkId: number): Float32Array {
  const blob = db.prepare('SELECT embedding FROM chunk_vectors WHERE rowid = ?').pluck().get(BigInt(chunkId)) as Buffer;
  return new Float32Array(blob.buffer.slice(blob.byteOffset, blob.byteOffset + blob.byteLength));
}

describe('EmbeddingIndexer', () => {
  it('embeds every chunk in batches, one vector per chunk, reporting library-wide progress', async () => {
    const { db, documentIds } = libraryOf(30, 45);
    const model = new FakeEmbedder();
    const progress: EmbeddingProgress[] = [];
    const result = await new EmbeddingIndexer(db, model, { batchSize: 10 }).run({ onProgress: (p) => progress.push(p) });

    expect(result).toEqual({ modelChange: 'created', embedded: 75, done: 75, total: 75, cancelled: false });
    expect(model.calls.map((c) => c.length)).toEqual([10, 10, 10, 10, 10, 10, 10, 5]);
    expect(model.embeddedTexts).toHaveLength(75);
    expect(new Set(model.embeddedTexts).size).toBe(75);
    expect(progress.map((p) => p.done)).toEqual([10, 20, 30, 40, 50, 60, 70, 75]);
    expect(progress.every((p) => p.total === 75)).toBe(true);
    expect(progress[0]!.documentId).toBe(documentIds[0]);
    expect(progress.at(-1)!.documentId).toBe(documentIds[1]);
    expect(count(db, 'SELECT COUNT(*) FROM chunk_vectors')).toBe(75);
    expect(documentEmbeddingStatus(db)).toEqual([
      { documentId: documentIds[0], chunks: 30, embedded: 30 },
      { documentId: documentIds[1], chunks: 45, embedded: 45 },
    ]);
    expect(readEmbeddingModel(db)).toMatchObject({ modelId: model.modelId, dimension: 16 });
    expectConsistent(db);
  });

  it('stores the vector of the document text slice, with the heading before continuation windows', async () => {
    const db = openDatabase(':memory:');
    storeDocument(db, '/a.pdf', [
      { heading: 'Indemnification', chunks: ['12. Indemnification. The Supplier shall indemnify', 'losses from third-party claims.'] },
      { chunks: ['An unheaded paragraph about notices.'] },
    ]);
    const model = new FakeEmbedder();
    await new EmbeddingIndexer(db, model).run();
    expect(model.embeddedTexts.sort()).toEqual(
      [
        '12. Indemnification. The Supplier shall indemnify',
        'Indemnification: losses from third-party claims.',
        'An unheaded paragraph about notices.',
      ].sort(),
    );
    const chunks = db
      .prepare(
        `SELECT ch.id, ch.ordinal, ch.char_start, ch.char_end, d.text, c.heading FROM chunks ch
         JOIN clauses c ON c.id = ch.clause_id JOIN documents d ON d.id = c.document_id ORDER BY ch.id`,
      )
      .all() as Array<{ id: number; ordinal: number; char_start: number; char_end: number; text: string; heading: string | null }>;
    for (const ch of chunks) {
      const slice = ch.text.slice(ch.char_start, ch.char_end);
      const input = ch.ordinal > 0 && ch.heading ? `${ch.heading}: ${slice}` : slice;
      expect(Array.from(storedVector(db, ch.id))).toEqual(Array.from(bagOfWords(input, 16)));
    }
  });

  it('groups chunks of similar length into the same batch', async () => {
    const db = openDatabase(':memory:');
    const lengths = [50, 3, 40, 5, 45, 2, 60, 4];
    storeDocument(db, '/a.pdf', lengths.map((n) => ({ chunks: ['w'.repeat(n)] })));
    const model = new FakeEmbedder();
    await new EmbeddingIndexer(db, model, { batchSize: 4 }).run();
    expect(model.calls.map((batch) => batch.map((t) => t.length))).toEqual([
      [2, 3, 4, 5],
      [40, 45, 50, 60],
    ]);
  });

  it('stops between batches when cancelled and resumes without redoing finished chunks', async () => {
    const { db } = libraryOf(50);
    const controller = new AbortController();
    const first = new FakeEmbedder(16, undefined, (call) => {
      if (call === 2) controller.abort();
    });
    const stopped = await new EmbeddingIndexer(db, first, { batchSize: 8 }).run({ signal: controller.signal });
    expect(stopped).toMatchObject({ cancelled: true, embedded: 16, done: 16, total: 50 });
    expect(first.calls).toHaveLength(2);
    expect(count(db, 'SELECT COUNT(*) FROM chunks WHERE embedded = 1')).toBe(16);
    expectConsistent(db);

    const second = new FakeEmbedder();
    const progress: EmbeddingProgress[] = [];
    const resumed = await new EmbeddingIndexer(db, second, { batchSize: 8 }).run({ onProgress: (p) => progress.push(p) });
    expect(resumed).toMatchObject({ modelChange: 'unchanged', cancelled: false, embedded: 34, done: 50, total: 50 });
    expect(second.embeddedTexts).toHaveLength(34);
    expect(new Set([...first.embeddedTexts, ...second.embeddedTexts]).size).toBe(50);
    expect(progress[0]!.done).toBe(24);
    expectConsistent(db);

    const third = new FakeEmbedder();
    expect(await new EmbeddingIndexer(db, third).run()).toMatchObject({ embedded: 0, done: 50 });
    expect(third.calls).toHaveLength(0);
  });

  it('does nothing with a signal that is already aborted', async () => {
    const { db } = libraryOf(5);
    const model = new FakeEmbedder();
    const result = await new EmbeddingIndexer(db, model).run({ signal: AbortSignal.abort() });
    expect(result).toMatchObject({ cancelled: true, embedded: 0, done: 0, total: 5 });
    expect(model.calls).toHaveLength(0);
  });

  it('leaves a consistent store when the model crashes mid-run, and a later run finishes', async () => {
    const { db } = libraryOf(40);
    const crashing = new FakeEmbedder(16, undefined, (call) => {
      if (call === 3) throw new Error('onnxruntime: out of memory');
    });
    await expect(new EmbeddingIndexer(db, crashing, { batchSize: 10 }).run()).rejects.toThrow(/out of memory/);
    expect(embeddingTotals(db)).toEqual({ chunks: 40, embedded: 30 });
    expectConsistent(db);

    const model = new FakeEmbedder();
    expect(await new EmbeddingIndexer(db, model, { batchSize: 10 }).run()).toMatchObject({ embedded: 10, done: 40 });
    expect(model.embeddedTexts).toHaveLength(10);
    expectConsistent(db);
  });

  it('rolls back a batch whose write fails part-way', async () => {
    const { db } = libraryOf(12);
    const broken = new FakeEmbedder();
    // The second batch's second vector is too short: its first vector is written, then the insert fails.
    broken.embed = async (texts) =>
      texts.map((t, i) => (broken.calls.push([t]) >= 6 && i === 1 ? new Float32Array(3) : bagOfWords(t, 16)));
    await expect(new EmbeddingIndexer(db, broken, { batchSize: 5 }).run()).rejects.toThrow(/bad vector/);
    expect(embeddingTotals(db)).toEqual({ chunks: 12, embedded: 5 });
    expect(count(db, 'SELECT COUNT(*) FROM chunk_vectors')).toBe(5);
    expectConsistent(db);
  });

  it('re-embeds everything, in a table of the new dimension, when the model changes', async () => {
    const { db } = libraryOf(9);
    await new EmbeddingIndexer(db, new FakeEmbedder(16)).run();
    const other = new FakeEmbedder(8, 'fake-other-8');
    const result = await new EmbeddingIndexer(db, other).run();
    expect(result).toMatchObject({ modelChange: 'replaced', embedded: 9, done: 9 });
    expect(other.embeddedTexts).toHaveLength(9);
    expect(readEmbeddingModel(db)).toMatchObject({ modelId: 'fake-other-8', dimension: 8 });
    expect(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'chunk_vectors'").pluck().get()).toMatch(/float\[8\]/);
    const firstChunk = db.prepare('SELECT MIN(id) FROM chunks').pluck().get() as number;
    expect(storedVector(db, firstChunk)).toHaveLength(8);
    expectConsistent(db);
  });

  it('removes the vectors of a deleted or replaced document', async () => {
    const db = openDatabase(':memory:');
    const writer = new DocumentWriter(db);
    const keep = storeNumberedDocument(db, '/keep.pdf', 4, 'keep');
    const gone = storeNumberedDocument(db, '/gone.pdf', 3, 'gone');
    storeNumberedDocument(db, '/changed.pdf', 5, 'old');
    await new EmbeddingIndexer(db, new FakeEmbedder()).run();
    expect(count(db, 'SELECT COUNT(*) FROM chunk_vectors')).toBe(12);

    writer.deleteDocument(gone);
    const changed = storeNumberedDocument(db, '/changed.pdf', 2, 'new');
    expect(count(db, 'SELECT COUNT(*) FROM chunk_vectors')).toBe(4);
    expectConsistent(db);
    expect(documentEmbeddingStatus(db)).toEqual([
      { documentId: keep, chunks: 4, embedded: 4 },
      { documentId: changed, chunks: 2, embedded: 0 },
    ]);

    const model = new FakeEmbedder();
    await new EmbeddingIndexer(db, model).run();
    expect(model.embeddedTexts.every((t) => t.startsWith('new '))).toBe(true);
    expect(documentEmbeddingStatus(db, [changed])).toEqual([{ documentId: changed, chunks: 2, embedded: 2 }]);
    expectConsistent(db);
  });

  it('does not store a vector for a chunk replaced while its batch was in the model', async () => {
    const db = openDatabase(':memory:');
    storeNumberedDocument(db, '/a.pdf', 3, 'old');
    const model = new FakeEmbedder(16, undefined, (call) => {
      // Same path, same number of chunks: the new chunks reuse the old ids with other text.
      if (call === 0) storeNumberedDocument(db, '/a.pdf', 3, 'new');
    });
    const result = await new EmbeddingIndexer(db, model).run();
    expect(result).toMatchObject({ embedded: 3, done: 3, total: 3 });
    expect(model.calls.map((batch) => batch.every((t) => t.startsWith('old ')))).toEqual([true, false]);
    const ids = db.prepare('SELECT id FROM chunks ORDER BY id').pluck().all() as number[];
    const texts = model.calls[1]!;
    for (const id of ids) {
      expect(texts.some((t) => Array.from(bagOfWords(t, 16)).join() === Array.from(storedVector(db, id)).join())).toBe(true);
    }
    expectConsistent(db);
  });

  it('also embeds a document ingested while the run is going', async () => {
    const { db } = libraryOf(6);
    const progress: EmbeddingProgress[] = [];
    const model = new FakeEmbedder(16, undefined, (call) => {
      if (call === 0) storeNumberedDocument(db, '/late.pdf', 4, 'late');
    });
    const result = await new EmbeddingIndexer(db, model, { batchSize: 3, batchesPerWindow: 1 }).run({ onProgress: (p) => progress.push(p) });
    expect(result).toMatchObject({ embedded: 10, done: 10, total: 10 });
    expect(progress.at(-1)).toMatchObject({ done: 10, total: 10 });
    expectConsistent(db);
  });

  it('reports per-document state for chosen documents, including ones not yet embedded', () => {
    const { db, documentIds } = libraryOf(2, 3);
    expect(documentEmbeddingStatus(db, [documentIds[1]!])).toEqual([{ documentId: documentIds[1], chunks: 3, embedded: 0 }]);
    expect(embeddingTotals(db)).toEqual({ chunks: 5, embedded: 0 });
  });
});
