import { describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { EmbeddingIndexer } from '../../../../src/main/engine/embeddings/embedding-indexer';
import { semanticSearch } from '../../../../src/main/engine/search/semantic-search';
import { DocumentWriter } from '../../../../src/main/engine/store/document-writer';
import { openDatabase } from '../../../../src/main/engine/store/open-database';
import { useEmbeddingModel } from '../../../../src/main/engine/store/vector-model';
import { pruneVectorChanges } from '../../../../src/main/engine/store/vector-reader';
import { ChunkVectorIndex } from '../../../../src/main/engine/vectors/chunk-vector-index';
import { createInt8VectorStore } from '../../../../src/main/engine/vectors/int8-dot-wasm';
import { ProjectedStandIn } from '../../../../src/main/engine/eval/bench/scale/projected-stand-in';
import { storeDocument, type ClauseSpec } from '../embeddings/library';

const DIMENSION = 48;
const standIn = new ProjectedStandIn(DIMENSION);
const model = standIn.model('stand-in-48');
const TOPICS = ['payment invoice days fee', 'flood fire storm liable', 'confidential secret disclose adviser', 'rent tenant landlord month', 'terminate notice breach cure'];

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Documents of clauses drawn around a few topics, so their vectors form clusters. */
function documentClauses(next: () => number, clauses: number): ClauseSpec[] {
  return Array.from({ length: clauses }, (_, i) => {
    const topic = TOPICS[Math.floor(next() * TOPICS.length)]!.split(' ');
    const words = Array.from({ length: 6 + Math.floor(next() * 10) }, () => (next() < 0.6 ? topic[Math.floor(next() * topic.length)] : `w${Math.floor(next() * 300)}`));
    return { heading: `C${i}`, chunks: [words.join(' '), ...(next() < 0.3 ? [`${topic[0]} extra window ${i}`] : [])] };
  });
}

async function library(documents = 30): Promise<Database> {
  const db = openDatabase(':memory:');
  const next = random(7);
  for (let d = 0; d < documents; d++) storeDocument(db, `/doc${d}.pdf`, documentClauses(next, 20));
  await new EmbeddingIndexer(db, model).run();
  return db;
}

const exact = (db: Database, text: string, limit: number) =>
  semanticSearch(db, { modelId: model.modelId, vector: standIn.embedOne(text) }, limit, {}, { backend: 'sqlite-vec' });
const indexed = (db: Database, text: string, limit: number) => semanticSearch(db, { modelId: model.modelId, vector: standIn.embedOne(text) }, limit);

describe('int8 dot products', () => {
  it('are the same in WebAssembly SIMD and in plain JS', () => {
    const next = random(3);
    const [simd, plain] = [createInt8VectorStore(45, true), createInt8VectorStore(45, false)];
    expect(simd.simd).toBe(true);
    expect(simd.stride).toBe(48);
    for (const store of [simd, plain]) store.reserve(3000);
    for (let i = 0; i < 3000; i++) {
      const values = Array.from({ length: 45 }, () => Math.floor(next() * 255) - 127);
      simd.slot(i).set(values);
      plain.slot(i).set(values);
    }
    const query = new Int16Array(48).map((_, j) => (j < 45 ? Math.floor(next() * 65535) - 32767 : 0));
    const [a, b] = [new Int32Array(3000), new Int32Array(3000)];
    simd.dots(query, 3000, a);
    plain.dots(query, 3000, b);
    expect([...a]).toEqual([...b]);
    expect(a[17]).toBe(Array.from(simd.slot(17)).reduce((s, x, j) => s + x * query[j]!, 0));
  });
});

describe('in-memory vector index', () => {
  it('finds nearly the same clauses as the exact float scan, with close distances', async () => {
    const db = await library();
    let found = 0;
    for (const topic of TOPICS) {
      const truth = exact(db, topic, 50);
      const got = indexed(db, topic, 50);
      expect(got).toHaveLength(50);
      found += got.filter((h) => truth.some((t) => t.clauseId === h.clauseId)).length;
      for (const hit of got) {
        const t = truth.find((x) => x.clauseId === hit.clauseId);
        if (t) expect(Math.abs(t.distance - hit.distance)).toBeLessThan(0.01);
      }
      expect(got[0]!.clauseId).toBe(truth[0]!.clauseId);
    }
    expect(found / (50 * TOPICS.length)).toBeGreaterThanOrEqual(0.95);
  });

  it('catches up with added, re-embedded and deleted vectors through the change log', async () => {
    const db = await library(10);
    const index = new ChunkVectorIndex(db);
    index.refresh();
    expect(index.lastRefresh.kind).toBe('rebuilt');
    const before = index.size;
    index.refresh();
    expect(index.lastRefresh.kind).toBe('current');

    const added = storeDocument(db, '/new.pdf', [{ heading: 'Volcano', chunks: ['volcano eruption lava ash volcano'] }]);
    await new EmbeddingIndexer(db, model).run();
    index.refresh();
    expect(index.lastRefresh.kind).toBe('incremental');
    expect(index.size).toBe(before + 1);
    const volcano = index.search(standIn.embedOne('volcano eruption lava ash volcano'), 1)[0]!;
    const volcanoClause = db.prepare('SELECT id FROM clauses WHERE document_id = ?').pluck().get(added) as number;
    expect(volcano.clauseId).toBe(volcanoClause);
    expect(volcano.distance).toBeLessThan(0.01);

    new DocumentWriter(db).deleteDocument(added);
    index.refresh();
    expect(index.size).toBe(before);
    expect(index.search(standIn.embedOne('volcano eruption lava ash volcano'), 300).map((h) => h.clauseId)).not.toContain(volcanoClause);
  });

  it('never returns a deleted clause through the search path, even right after the delete', async () => {
    const db = await library(10);
    const first = indexed(db, 'flood fire storm', 5)[0]!;
    const documentId = db.prepare('SELECT document_id FROM clauses WHERE id = ?').pluck().get(first.clauseId) as number;
    new DocumentWriter(db).deleteDocument(documentId);
    const after = indexed(db, 'flood fire storm', 400).map((h) => h.clauseId);
    const gone = db.prepare('SELECT COUNT(*) FROM clauses WHERE id IN (SELECT value FROM json_each(?))').pluck().get(JSON.stringify(after));
    expect(gone).toBe(after.length);
    expect(after).not.toContain(first.clauseId);
  });

  it('rebuilds when the model changes or the log it needs was pruned', async () => {
    const db = await library(6);
    const index = new ChunkVectorIndex(db);
    index.refresh();
    const other = new ProjectedStandIn(32).model('other-32');
    useEmbeddingModel(db, { modelId: other.modelId, dimension: other.dimension });
    index.refresh();
    expect(index.size).toBe(0);
    await new EmbeddingIndexer(db, other).run();
    index.refresh();
    expect(index.size).toBeGreaterThan(100);
    expect(index.search(new ProjectedStandIn(32).embedOne('rent tenant'), 3)).toHaveLength(3);

    storeDocument(db, '/late.pdf', [{ chunks: ['late clause about rent'] }]);
    await new EmbeddingIndexer(db, other).run();
    pruneVectorChanges(db, 0);
    index.refresh();
    expect(index.lastRefresh.kind).toBe('rebuilt');
  });

  it('gives a fresh connection (as after a crash) the same answers from the stored vectors', async () => {
    const db = await library(8);
    const a = new ChunkVectorIndex(db);
    a.refresh();
    const b = new ChunkVectorIndex(db, false);
    b.refresh();
    const q = standIn.embedOne('confidential secret');
    expect(b.simd).toBe(false);
    expect(b.search(q, 20)).toEqual(a.search(q, 20));
  });
});
