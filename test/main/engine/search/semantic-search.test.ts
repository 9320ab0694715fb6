import { describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { EmbeddingIndexer } from '../../../../src/main/engine/embeddings/embedding-indexer';
import { semanticSearch, type QueryVector } from '../../../../src/main/engine/search/semantic-search';
import { openDatabase } from '../../../../src/main/engine/store/open-database';
import { FakeEmbedder, bagOfWords } from '../embeddings/fake-embedder';
import { storeDocument, type ClauseSpec } from '../embeddings/library';

const DIMENSION = 64;
const model = new FakeEmbedder(DIMENSION);
const query = (text: string): QueryVector => ({ modelId: model.modelId, vector: bagOfWords(text, DIMENSION) });

const CONTRACT: ClauseSpec[] = [
  { heading: 'Payment', chunks: ['Payment. The Customer pays every invoice within thirty days.'] },
  { heading: 'Force Majeure', chunks: ['Force Majeure. No party is liable for flood, fire, storm or earthquake.'] },
  {
    heading: 'Confidentiality',
    chunks: ['Confidentiality. Each party keeps confidential information secret.', 'Disclosure to advisers bound by duties of secrecy is allowed.'],
  },
];
const LEASE: ClauseSpec[] = [
  { heading: 'Rent', chunks: ['Rent. The tenant pays rent monthly in advance.'] },
  { heading: 'Insurance', chunks: ['Insurance. The landlord insures the building against flood and fire.'] },
];

async function library(): Promise<{ db: Database; contract: number; lease: number; clauses: Map<string, number> }> {
  const db = openDatabase(':memory:');
  const contract = storeDocument(db, '/msa.pdf', CONTRACT);
  const lease = storeDocument(db, '/lease.pdf', LEASE);
  await new EmbeddingIndexer(db, model).run();
  const rows = db.prepare('SELECT heading, id FROM clauses').all() as Array<{ heading: string; id: number }>;
  return { db, contract, lease, clauses: new Map(rows.map((r) => [r.heading, r.id])) };
}

describe('semantic search', () => {
  it('ranks the clause nearest to the query first, each clause once, with 1-based ranks', async () => {
    const { db, clauses } = await library();
    const hits = semanticSearch(db, query('flood fire storm earthquake liable'), 10);
    expect(hits[0]!.clauseId).toBe(clauses.get('Force Majeure'));
    expect(hits.map((h) => h.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(new Set(hits.map((h) => h.clauseId)).size).toBe(5);
    for (let i = 1; i < hits.length; i++) expect(hits[i]!.distance).toBeGreaterThanOrEqual(hits[i - 1]!.distance);
  });

  it('scores a clause by its nearest chunk and reports the cosine distance', async () => {
    const { db, clauses } = await library();
    const text = 'Confidentiality: Disclosure to advisers bound by duties of secrecy is allowed.';
    const [top] = semanticSearch(db, query(text), 1);
    expect(top!.clauseId).toBe(clauses.get('Confidentiality'));
    expect(top!.distance).toBeCloseTo(0, 6);

    const q = bagOfWords('payment invoice', DIMENSION);
    const v = bagOfWords(CONTRACT[0]!.chunks[0]!, DIMENSION);
    const cosine = q.reduce((sum, x, i) => sum + x * v[i]!, 0);
    const payment = semanticSearch(db, query('payment invoice'), 10).find((h) => h.clauseId === clauses.get('Payment'));
    expect(payment!.distance).toBeCloseTo(1 - cosine, 5);
  });

  it('ranks only the clauses asked for, with the same distances as the kNN', async () => {
    const { db, clauses } = await library();
    const pool = [clauses.get('Rent')!, clauses.get('Insurance')!, clauses.get('Payment')!];
    const all = semanticSearch(db, query('flood fire'), 10, {}, { backend: 'sqlite-vec' });
    const indexed = semanticSearch(db, query('flood fire'), 10);
    const hits = semanticSearch(db, query('flood fire'), 10, { clauseIds: pool });
    expect(hits.map((h) => h.clauseId).sort()).toEqual([...pool].sort());
    expect(hits[0]!.clauseId).toBe(clauses.get('Insurance'));
    expect(hits.map((h) => h.rank)).toEqual([1, 2, 3]);
    for (const hit of hits) expect(hit.distance).toBeCloseTo(all.find((h) => h.clauseId === hit.clauseId)!.distance, 6);
    // The in-memory index scores from int8 copies: the same order here, distances within quantisation.
    expect(indexed.map((h) => h.clauseId)).toEqual(all.map((h) => h.clauseId));
    for (const hit of indexed) expect(Math.abs(hit.distance - all.find((h) => h.clauseId === hit.clauseId)!.distance)).toBeLessThan(0.01);
    expect(semanticSearch(db, query('flood fire'), 1, { clauseIds: pool })).toHaveLength(1);
    expect(semanticSearch(db, query('flood fire'), 10, { clauseIds: [] })).toEqual([]);
  });

  it('ranks only the clauses of the documents asked for', async () => {
    const { db, lease, contract, clauses } = await library();
    const hits = semanticSearch(db, query('flood fire storm earthquake liable'), 10, { documentIds: [lease] });
    expect(hits.map((h) => h.clauseId).sort()).toEqual([clauses.get('Rent'), clauses.get('Insurance')].sort());
    const both = semanticSearch(db, query('rent'), 10, { documentIds: [contract], clauseIds: [clauses.get('Rent')!, clauses.get('Payment')!] });
    expect(both.map((h) => h.clauseId)).toEqual([clauses.get('Payment')]);
  });

  it('fetches more chunks until enough distinct clauses come back', async () => {
    const db = openDatabase(':memory:');
    const near = Array.from({ length: 300 }, (_, i) => `flood flood storm ${'x '.repeat(i % 3)}`.trim());
    storeDocument(db, '/a.pdf', [
      { heading: 'Floods', chunks: near },
      ...Array.from({ length: 10 }, (_, i) => ({ chunks: [`other clause number ${i} about flood`] })),
    ]);
    await new EmbeddingIndexer(db, model, { batchSize: 64 }).run();
    const hits = semanticSearch(db, query('flood storm'), 5);
    expect(hits).toHaveLength(5);
    expect(new Set(hits.map((h) => h.clauseId)).size).toBe(5);
    expect(hits[0]!.clauseId).toBe(1);
  });

  it('falls back to an exact scan when even the largest kNN holds too few clauses', async () => {
    const db = openDatabase(':memory:');
    storeDocument(db, '/a.pdf', [
      { chunks: Array.from({ length: 4100 }, () => 'flood storm') },
      { chunks: ['a distant clause about rent'] },
    ]);
    await new EmbeddingIndexer(db, model, { batchSize: 512 }).run();
    expect(semanticSearch(db, query('flood storm'), 2).map((h) => h.clauseId)).toEqual([1, 2]);
  });

  it('orders equal distances by clause id', async () => {
    const db = openDatabase(':memory:');
    storeDocument(db, '/a.pdf', [{ chunks: ['rent'] }, { chunks: ['same words here'] }, { chunks: ['same words here'] }]);
    await new EmbeddingIndexer(db, model).run();
    expect(semanticSearch(db, query('same words here'), 2).map((h) => h.clauseId)).toEqual([2, 3]);
    expect(semanticSearch(db, query('same words here'), 2, { clauseIds: [3, 2] }).map((h) => h.clauseId)).toEqual([2, 3]);
  });

  it('leaves out chunks not yet embedded, and returns nothing before any model ran', async () => {
    const db = openDatabase(':memory:');
    storeDocument(db, '/a.pdf', CONTRACT);
    expect(semanticSearch(db, query('flood'), 10)).toEqual([]);
    await new EmbeddingIndexer(db, model).run();
    const late = storeDocument(db, '/lease.pdf', LEASE);
    expect(semanticSearch(db, query('flood'), 10)).toHaveLength(3);
    expect(semanticSearch(db, query('flood'), 10, { documentIds: [late] })).toEqual([]);
  });

  it('never ranks a zero vector, stored or asked', async () => {
    const db = openDatabase(':memory:');
    storeDocument(db, '/a.pdf', [{ chunks: ['flood'] }, { chunks: ['nothing here'] }, { chunks: ['fire'] }]);
    // A model may return all zeros for a text it has nothing for (torch's normalize keeps zero at zero).
    const zeroForNothing = new FakeEmbedder(DIMENSION);
    zeroForNothing.embed = async (texts) => texts.map((t) => (t.startsWith('nothing') ? new Float32Array(DIMENSION) : bagOfWords(t, DIMENSION)));
    await new EmbeddingIndexer(db, zeroForNothing).run();
    const hits = semanticSearch(db, query('flood'), 10);
    expect(hits.map((h) => h.clauseId).sort()).toEqual([1, 3]);
    expect(hits.every((h) => Number.isFinite(h.distance))).toBe(true);
    expect(semanticSearch(db, query('flood'), 10, { clauseIds: [1, 2, 3] }).map((h) => h.clauseId).sort()).toEqual([1, 3]);
    expect(semanticSearch(db, { modelId: model.modelId, vector: new Float32Array(DIMENSION) }, 10)).toEqual([]);
  });

  it('refuses a query embedded by another model than the stored vectors', async () => {
    const { db } = await library();
    expect(() => semanticSearch(db, { modelId: 'other', vector: bagOfWords('flood', DIMENSION) }, 5)).toThrow(
      /vectors come from fake-bag-of-words-64.*embed the library with that model/,
    );
    expect(() => semanticSearch(db, { modelId: model.modelId, vector: new Float32Array(8) }, 5)).toThrow(/8\)/);
  });

  it('leaves out the clauses of a document whose file has gone, and brings them back with it', async () => {
    const { db, lease, clauses } = await library();
    const flood = query('flood fire insures building');
    expect(semanticSearch(db, flood, 10).map((h) => h.clauseId)).toContain(clauses.get('Insurance'));
    db.prepare("INSERT INTO missing_documents (document_id, missing_since) VALUES (?, '2026-12-01T00:00:00Z')").run(lease);
    for (const backend of ['index', 'sqlite-vec'] as const) {
      const hits = semanticSearch(db, flood, 10, {}, { backend });
      expect(hits.map((h) => h.clauseId)).not.toContain(clauses.get('Insurance'));
      expect(hits.map((h) => h.clauseId)).not.toContain(clauses.get('Rent'));
      expect(hits.map((h) => h.rank)).toEqual(hits.map((_, i) => i + 1));
      expect(hits).toHaveLength(CONTRACT.length);
    }
    db.prepare('DELETE FROM missing_documents WHERE document_id = ?').run(lease);
    expect(semanticSearch(db, flood, 10).map((h) => h.clauseId)).toContain(clauses.get('Insurance'));
  });
});
