import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateModels } from '../../../scripts/models/generate-models';
import { sharedDir } from '../../helpers/shared-dir';
import { tempDir } from '../../helpers/temp-dir';

const onnxBytes = (dir: string, file: string) => fs.readFileSync(path.join(dir, 'onnx', file));

describe('generateModels', () => {
  it('is deterministic for a seed and differs across seeds and heads', async () => {
    const [a, b, c] = await Promise.all([1, 1, 2].map((seed) => generateModels({ outDir: tempDir(), size: 'tiny', seed })));
    for (const file of ['model.onnx', 'model_quantized.onnx']) {
      expect(onnxBytes(a!.crossEncoderDir, file).equals(onnxBytes(b!.crossEncoderDir, file))).toBe(true);
      expect(onnxBytes(a!.biEncoderDir, file).equals(onnxBytes(b!.biEncoderDir, file))).toBe(true);
      expect(onnxBytes(a!.crossEncoderDir, file).equals(onnxBytes(c!.crossEncoderDir, file))).toBe(false);
    }
    const marker = JSON.parse(fs.readFileSync(path.join(c!.biEncoderDir, 'generated.json'), 'utf8'));
    expect(marker).toMatchObject({ randomWeights: true, size: 'tiny', seed: 2 });
    expect(marker.files['onnx/model.onnx'].bytes).toBe(onnxBytes(c!.biEncoderDir, 'model.onnx').length);
  });

  const realTokenizer = path.join(sharedDir(), 'models', 'all-MiniLM-L6-v2');
  it.skipIf(!fs.existsSync(realTokenizer))('copies a real tokenizer verbatim and sizes the vocabulary from it', async () => {
    const { biEncoderDir } = await generateModels({ outDir: tempDir(), size: 'tiny', tokenizerDir: realTokenizer });
    for (const file of ['tokenizer.json', 'tokenizer_config.json', 'special_tokens_map.json', 'vocab.txt']) {
      expect(fs.readFileSync(path.join(biEncoderDir, file)).equals(fs.readFileSync(path.join(realTokenizer, file))), file).toBe(true);
    }
    expect(JSON.parse(fs.readFileSync(path.join(biEncoderDir, 'config.json'), 'utf8')).vocab_size).toBe(30522);
  });

  it('rejects a tokenizer folder without tokenizer_config.json', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'tokenizer.json'), '{}');
    await expect(generateModels({ outDir: tempDir(), size: 'tiny', tokenizerDir: dir })).rejects.toThrow(/no tokenizer_config\.json/);
  });
});

describe('generate-models CLI', () => {
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/generate-models.ts', ...args], { cwd: repoRoot, encoding: 'utf8' });

  it('exits 2 with one sentence on bad usage', () => {
    for (const args of [[], ['--out', 'x', '--size', 'huge']]) {
      const result = cli(...args);
      expect(result.status).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('writes both folders', () => {
    const out = tempDir();
    const result = cli('--out', out, '--seed', '7');
    expect(result.status, result.stderr).toBe(0);
    for (const head of ['cross-encoder', 'bi-encoder']) expect(fs.existsSync(path.join(out, head, 'onnx', 'model_quantized.onnx'))).toBe(true);
  });
});
