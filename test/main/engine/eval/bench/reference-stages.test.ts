import { describe, expect, it } from 'vitest';
import { EmbeddingIndexer } from '../../../../../src/main/engine/embeddings/embedding-indexer';
import { ProjectedStandIn } from '../../../../../src/main/engine/eval/bench/scale/projected-stand-in';
import { ExactFloatScan } from '../../../../../src/main/engine/eval/bench/scale/reference-stages';
import { semanticSearch } from '../../../../../src/main/engine/search/semantic-search';
import { openDatabase } from '../../../../../src/main/engine/store/open-database';
import { storeDocument } from '../../embeddings/library';

describe('exact float scan (the bench\'s recall truth)', () => {
  it('ranks clauses as sqlite-vec\'s exact kNN does', async () => {
    const db = openDatabase(':memory:');
    const words = ['rent', 'tenant', 'flood', 'fire', 'invoice', 'payment', 'notice', 'breach', 'secret', 'licence'];
    for (let d = 0; d < 12; d++) {
      storeDocument(db, `/d${d}.pdf`, Array.from({ length: 15 }, (_, i) => ({ chunks: [`${words[(d + i) % 10]} ${words[(d * i) % 10]} clause ${i}`, `${words[i % 10]} window`] })));
    }
    const standIn = new ProjectedStandIn(32);
    await new EmbeddingIndexer(db, standIn.model('p32')).run();
    const exact = new ExactFloatScan(db, 32);
    expect(exact.count).toBe(360);
    for (const q of ['rent tenant', 'flood fire payment', 'secret']) {
      const v = standIn.embedOne(q);
      const reference = semanticSearch(db, { modelId: 'p32', vector: v }, 30, {}, { backend: 'sqlite-vec' }).map((h) => h.clauseId);
      expect(exact.search(v, 30)).toEqual(reference);
    }
  });

  it('gives similar texts closer stand-in vectors than unrelated ones', () => {
    const s = new ProjectedStandIn(384);
    const cos = (a: string, b: string) => {
      const [x, y] = [s.embedOne(a), s.embedOne(b)];
      return x.reduce((sum, v, i) => sum + v * y[i]!, 0);
    };
    const near = cos('the tenant pays rent monthly', 'the tenant shall pay the rent each month');
    const far = cos('the tenant pays rent monthly', 'governing law of delaware applies');
    expect(near).toBeGreaterThan(far + 0.2);
    expect(far).toBeGreaterThan(0.05); // the shared direction: unrelated texts are not orthogonal
  });
});
