import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SearchResponse } from '../../../../src/shared/api';
import { ClauseEngine } from '../../../../src/main/engine/engine';
import { tempDir } from '../../../helpers/temp-dir';
import { tinyModels } from '../../../helpers/tiny-models';

const CONTRACT = `SUPPLY AGREEMENT

1. DELIVERY
1.1 The Supplier shall deliver the goods to the Buyer's warehouse within ten days of each order.

2. FORCE MAJEURE
2.1 Neither party is liable for failure to perform caused by flood, fire, earthquake, war or other acts of God.

3. PAYMENT
3.1 The Buyer shall pay each invoice within thirty days. ${'Late amounts bear interest at the statutory rate. '.repeat(60)}

4. GOVERNING LAW
4.1 This Agreement is governed by the laws of the State of New York.
`;

async function engineWithModels(): Promise<ClauseEngine> {
  const models = await tinyModels();
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'supply.txt'), CONTRACT);
  const engine = ClauseEngine.open(':memory:');
  const status = await engine.loadModels(path.dirname(models.crossEncoderDir), { device: 'cpu' });
  expect(status).toMatchObject({ semantic: true, rerank: true, problems: [] });
  await engine.ingest([dir]);
  return engine;
}

describe('search pipeline', () => {
  it('embeds every chunk during ingest and reports it per document', async () => {
    const engine = await engineWithModels();
    const [doc] = engine.listDocuments();
    expect(doc!.chunkCount).toBeGreaterThan(4);
    expect(doc!.embeddedChunks).toBe(doc!.chunkCount);
    engine.close();
  });

  it('hybrid mode fuses lexical and semantic ranks with RRF and traces both', async () => {
    const engine = await engineWithModels();
    const response = await engine.search('flood acts of God', { mode: 'hybrid', topK: 5 });
    expect(response.results.length).toBeGreaterThan(0);
    for (const r of response.results) {
      const s = r.stages;
      const expected = (s.lexicalRank ? 1 / (60 + s.lexicalRank) : 0) + (s.semanticRank ? 1 / (60 + s.semanticRank) : 0);
      expect(s.fusedScore).toBeCloseTo(expected, 12);
      expect(s.fusedRank).toBe(r.rank);
      expect(r.score).toBe(s.fusedScore);
    }
    expect(response.results[0]!.stages.semanticRank).not.toBeNull();
    expect(Object.keys(response.timings)).toEqual(expect.arrayContaining(['lexicalMs', 'embedQueryMs', 'semanticMs', 'fusionMs', 'totalMs']));
    engine.close();
  });

  it('full mode hands back stage-1 results first, then the re-ranked list with windows, and caches scores', async () => {
    const engine = await engineWithModels();
    const stage1: SearchResponse[] = [];
    const response = await engine.search('late payment interest', { mode: 'full', topK: 3, onStage1: (r) => stage1.push(r) });
    expect(stage1).toHaveLength(1);
    expect(stage1[0]!.phase).toBe('stage1');
    expect(stage1[0]!.results.every((r) => r.stages.rerankScore === null)).toBe(true);
    expect(response.phase).toBe('final');
    const scores = response.results.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const r of response.results) {
      expect(r.stages.rerankScore).toBe(r.score);
      expect(r.score).toBeGreaterThan(0);
      expect(r.score).toBeLessThan(1);
      const [start, end] = r.stages.rerankWindow!;
      expect(0 <= start && start < end && end <= r.text.length).toBe(true);
    }
    expect(response.timings.rerankMs).toBeGreaterThan(0);
    expect(response.rerank!.cacheMisses).toBeGreaterThan(0);
    const again = await engine.search('Late  PAYMENT interest', { mode: 'full', topK: 3 });
    expect(again.rerank).toMatchObject({ cacheMisses: 0 });
    expect(again.results.map((r) => r.clauseId)).toEqual(response.results.map((r) => r.clauseId));
    engine.close();
  });

  it('a newer query cancels the re-rank of an older one', async () => {
    const engine = await engineWithModels();
    const older = engine.search('deliver goods warehouse', { mode: 'full' });
    const newer = engine.search('governing law New York', { mode: 'full' });
    await expect(older).rejects.toMatchObject({ name: 'AbortError' });
    expect((await newer).results.length).toBeGreaterThan(0);
    engine.close();
  });

  it('keeps working lexically when the models folder is missing or corrupt, and says why', async () => {
    const engine = ClauseEngine.open(':memory:');
    const missing = await engine.loadModels(path.join(tempDir(), 'nowhere'));
    expect(missing).toMatchObject({ semantic: false, rerank: false });
    expect(missing.problems.join(' ')).toMatch(/Semantic search is off: .*does not exist/);
    const corrupt = tempDir();
    const models = await tinyModels();
    fs.cpSync(path.dirname(models.crossEncoderDir), corrupt, { recursive: true });
    for (const role of ['bi-encoder', 'cross-encoder']) {
      for (const file of fs.readdirSync(path.join(corrupt, role, 'onnx'))) fs.writeFileSync(path.join(corrupt, role, 'onnx', file), 'garbage');
    }
    const broken = await engine.loadModels(corrupt);
    expect(broken).toMatchObject({ semantic: false, rerank: false });
    expect(broken.problems).toHaveLength(2);
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'supply.txt'), CONTRACT);
    await engine.ingest([dir]);
    expect((await engine.search('flood')).results[0]!.heading).toMatch(/FORCE MAJEURE/i);
    await expect(engine.search('flood', { mode: 'hybrid' })).rejects.toThrow(/needs the bi-encoder/);
    engine.close();
  });
});
