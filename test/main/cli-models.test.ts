import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeContractPdf, sampleContractPages } from '../fixtures/pdf-fixtures';
import { cli } from '../helpers/run-cli';
import { tempDir } from '../helpers/temp-dir';
import { tinyModels } from '../helpers/tiny-models';

async function library(): Promise<{ db: string; models: string }> {
  const folder = tempDir();
  fs.writeFileSync(path.join(folder, 'services.pdf'), await makeContractPdf({ title: 'Services Agreement', pages: sampleContractPages() }));
  const models = path.dirname((await tinyModels()).crossEncoderDir);
  const db = path.join(tempDir(), 'lib.db');
  const ingest = await cli('ingest', '--db', db, '--models', models, folder);
  expect(ingest.code, ingest.stderr).toBe(0);
  expect(ingest.stderr).toMatch(/embedding chunks: \d+\/\d+/);
  expect(ingest.stderr).toMatch(/random weights/);
  return { db, models };
}

describe('clause-search CLI with models', () => {
  it('embeds at ingest, shows the embedding state, and searches in every mode with its trace', async () => {
    const { db, models } = await library();
    expect((await cli('docs', '--db', db)).stdout).toMatch(/embeddings 100 %/);

    const modes = { lexical: ['lexicalRank'], hybrid: ['semanticRank', 'fusedRank'], full: ['semanticRank', 'fusedRank', 'rerankScore'] };
    for (const [mode, stages] of Object.entries(modes)) {
      const r = await cli('search', '--db', db, '--models', models, '--mode', mode, '--json', '--explain', '--top-k', '3', 'force majeure');
      expect(r.code, r.stderr).toBe(0);
      const response = JSON.parse(r.stdout) as { mode: string; results: Array<{ stages: Record<string, unknown> }>; timings: Record<string, number> };
      expect(response.mode).toBe(mode);
      expect(response.results.length).toBeGreaterThan(0);
      for (const stage of stages) expect(response.results[0]!.stages[stage], `${mode} ${stage}`).not.toBeNull();
      expect(response.timings.totalMs).toBeGreaterThan(0);
    }
    const table = await cli('search', '--db', db, '--models', models, '--explain', 'force majeure');
    expect(table.stdout).toMatch(/mode full/);
    expect(table.stdout).toMatch(/rerank score/);
    expect(table.stdout).toMatch(/re-rank cache: \d+ hits, \d+ misses/);
  });

  it('says plainly what is wrong with a missing or corrupt models folder and searches lexically', async () => {
    const { db, models } = await library();
    const missing = await cli('search', '--db', db, '--models', path.join(tempDir(), 'nowhere'), '--mode', 'full', 'force majeure');
    expect(missing.code).toBe(0);
    expect(missing.stderr).toMatch(/Semantic search is off: the models folder .* does not exist/);
    expect(missing.stderr).toMatch(/Searching in lexical mode instead of full\./);
    expect(missing.stdout).toMatch(/^1\. /);

    const corrupt = tempDir();
    fs.cpSync(models, corrupt, { recursive: true });
    for (const file of fs.readdirSync(path.join(corrupt, 'cross-encoder', 'onnx'))) fs.writeFileSync(path.join(corrupt, 'cross-encoder', 'onnx', file), 'not onnx');
    const broken = await cli('search', '--db', db, '--models', corrupt, '--mode', 'full', 'force majeure');
    expect(broken.code).toBe(0);
    expect(broken.stderr).toMatch(/Re-ranking is off: .*not a usable ONNX model/);
    expect(broken.stderr).toMatch(/Searching in hybrid mode instead of full\./);

    const noModels = await cli('search', '--db', db, '--mode', 'hybrid', 'force majeure');
    expect(noModels.code).toBe(2);
    expect(noModels.stderr).toMatch(/--mode hybrid needs --models DIR/);
  });
});
