import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModels } from '../../../../src/main/engine/models/load-models';
import { DEFAULT_MANIFEST, type ModelManifest } from '../../../../src/main/engine/models/manifest';
import { loadModelFolder } from '../../../../src/main/engine/models/model-folder';
import type { ModelRole } from '../../../../src/main/engine/models/types';
import { sharedDir } from '../../../helpers/shared-dir';
import { tempDir } from '../../../helpers/temp-dir';
import { tinyModels } from '../../../helpers/tiny-models';

const quiet = { log: () => {} };
let tinyRoot = '';

/** A private copy of the tiny models root, to break. */
function copyRoot(): string {
  const root = path.join(tempDir(), 'models');
  fs.cpSync(tinyRoot, root, { recursive: true });
  return root;
}

async function loadError(dir: string, role: ModelRole, options = {}) {
  return loadModelFolder(dir, role, { ...quiet, ...options }).then(
    () => expect.unreachable('the folder loaded'),
    (error: unknown) => error as { code: string; message: string },
  );
}

beforeAll(async () => {
  tinyRoot = path.dirname((await tinyModels()).biEncoderDir);
});

describe('loadModelFolder refuses a folder and says why', () => {
  it('a models folder that does not exist', async () => {
    const root = path.join(tempDir(), 'nowhere');
    const error = await loadError(path.join(root, 'bi-encoder'), 'bi-encoder');
    expect(error.code).toBe('folder-missing');
    expect(error.message).toBe(
      `The models folder ${root} does not exist; choose the folder that holds bi-encoder/ and cross-encoder/ in Settings, or run npm run fetch-models.`,
    );
  });

  it('a models folder without the role folder', async () => {
    const root = tempDir();
    const error = await loadError(path.join(root, 'cross-encoder'), 'cross-encoder');
    expect(error).toMatchObject({ code: 'folder-missing', message: expect.stringContaining(`${root} has no cross-encoder/ folder`) });
  });

  it('a missing tokenizer_config.json, naming it', async () => {
    const root = copyRoot();
    fs.rmSync(path.join(root, 'cross-encoder', 'tokenizer_config.json'));
    const error = await loadError(path.join(root, 'cross-encoder'), 'cross-encoder');
    expect(error).toMatchObject({ code: 'file-missing', message: expect.stringContaining('has no tokenizer_config.json') });
  });

  it('no ONNX weights at all, and a forced variant whose file is missing', async () => {
    const root = copyRoot();
    const dir = path.join(root, 'bi-encoder');
    fs.rmSync(path.join(dir, 'onnx', 'model.onnx'));
    expect(await loadError(dir, 'bi-encoder', { variant: 'fp32' })).toMatchObject({
      code: 'file-missing',
      message: expect.stringContaining('has no onnx/model.onnx, which the fp32 setting asks for'),
    });
    fs.rmSync(path.join(dir, 'onnx', 'model_quantized.onnx'));
    expect(await loadError(dir, 'bi-encoder')).toMatchObject({ code: 'file-missing', message: expect.stringContaining('onnx/model_quantized.onnx or onnx/model.onnx') });
  });

  it('ONNX weights that are random bytes', async () => {
    const root = copyRoot();
    const file = path.join(root, 'bi-encoder', 'onnx', 'model_quantized.onnx');
    fs.writeFileSync(file, crypto.randomBytes(4096));
    const error = await loadError(path.join(root, 'bi-encoder'), 'bi-encoder');
    expect(error.code).toBe('onnx-invalid');
    expect(error.message).toMatch(new RegExp(`^${escape(file)} is not a usable ONNX model \\(.+\\); the file is damaged or incomplete: run npm run fetch-models again\\.$`));
  });

  it('a tokenizer.json that is not a tokenizer', async () => {
    const root = copyRoot();
    fs.writeFileSync(path.join(root, 'cross-encoder', 'tokenizer.json'), '{"version": "1.0"}');
    expect(await loadError(path.join(root, 'cross-encoder'), 'cross-encoder')).toMatchObject({ code: 'tokenizer-invalid' });
  });

  it('a config.json that is not JSON', async () => {
    const root = copyRoot();
    fs.writeFileSync(path.join(root, 'bi-encoder', 'config.json'), '{ oops');
    expect(await loadError(path.join(root, 'bi-encoder'), 'bi-encoder')).toMatchObject({ code: 'config-invalid' });
  });

  it('a model without the output its role needs (a bi-encoder offered as cross-encoder)', async () => {
    const error = await loadError(path.join(tinyRoot, 'bi-encoder'), 'cross-encoder');
    expect(error.code).toBe('io-mismatch');
    expect(error.message).toContain('its outputs are last_hidden_state; a cross-encoder must output logits [batch, 1]');
  });

  it('hidden states narrower than config.json says', async () => {
    const root = copyRoot();
    const configFile = path.join(root, 'bi-encoder', 'config.json');
    fs.writeFileSync(configFile, JSON.stringify({ ...JSON.parse(fs.readFileSync(configFile, 'utf8')), hidden_size: 99 }));
    const error = await loadError(path.join(root, 'bi-encoder'), 'bi-encoder');
    expect(error).toMatchObject({ code: 'io-mismatch', message: expect.stringContaining('(hidden 99 per config.json)') });
  });
});

describe('pins: a real folder is verified, a generated one is not', () => {
  const realTokenizer = path.join(sharedDir(), 'models/all-MiniLM-L6-v2');

  it('refuses a pinned file that differs, once generated.json is gone', async () => {
    const root = copyRoot();
    fs.rmSync(path.join(root, 'bi-encoder', 'generated.json'));
    const error = await loadError(path.join(root, 'bi-encoder'), 'bi-encoder');
    expect(error.code).toBe('hash-mismatch');
    expect(error.message).toMatch(/config\.json is \d+ bytes but the pinned all-MiniLM-L6-v2 file is 650 bytes/);
  });

  it.skipIf(!fs.existsSync(realTokenizer))('refuses weights that are not the pinned ones when the text files are genuine', async () => {
    const root = copyRoot();
    const dir = path.join(root, 'bi-encoder');
    fs.rmSync(path.join(dir, 'generated.json'));
    for (const name of ['config.json', 'tokenizer.json', 'tokenizer_config.json']) fs.copyFileSync(path.join(realTokenizer, name), path.join(dir, name));
    const error = await loadError(dir, 'bi-encoder');
    expect(error.code).toBe('hash-mismatch');
    expect(error.message).toContain(`${path.join(dir, 'onnx', 'model_quantized.onnx')} is `);
    expect(error.message).toContain('but the pinned all-MiniLM-L6-v2 file is 22,972,370 bytes');
  });

  it('checks the sha256 when the size matches, and lists unpinned files as unverified', async () => {
    const root = copyRoot();
    const dir = path.join(root, 'cross-encoder');
    fs.rmSync(path.join(dir, 'generated.json'));
    const pinOf = (name: string) => ({ bytes: fs.statSync(path.join(dir, name)).size, sha256: sha256(path.join(dir, name)) });
    const manifest = withFiles(DEFAULT_MANIFEST, 'cross-encoder', [
      { path: 'config.json', ...pinOf('config.json'), url: 'https://example.invalid/c' },
      { path: 'tokenizer.json', ...pinOf('tokenizer.json'), url: 'https://example.invalid/t' },
      { path: 'tokenizer_config.json', bytes: null, sha256: null, url: 'https://example.invalid/tc' },
      { path: 'onnx/model_quantized.onnx', variant: 'int8', bytes: null, sha256: null, url: 'https://example.invalid/q' },
    ]);
    const model = await loadModelFolder(dir, 'cross-encoder', { ...quiet, manifest });
    expect(model.verification).toBe('pinned');
    expect(model.modelId).toBe('ms-marco-MiniLM-L-6-v2/int8');
    expect(model.unverified).toEqual(['tokenizer_config.json', 'onnx/model_quantized.onnx']);
    await model.runner.release();

    const wrong = withFiles(manifest, 'cross-encoder', [{ path: 'tokenizer.json', bytes: pinOf('tokenizer.json').bytes, sha256: 'ab'.repeat(32), url: 'x' }]);
    expect(await loadError(dir, 'cross-encoder', { manifest: wrong })).toMatchObject({
      code: 'hash-mismatch',
      message: expect.stringContaining('tokenizer.json does not match the pinned ms-marco-MiniLM-L-6-v2 file (sha256'),
    });
  });
});

describe('loadModels', () => {
  it('never throws for a bad folder: both models off, one sentence each', async () => {
    const root = path.join(tempDir(), 'absent');
    const result = await loadModels(root, quiet);
    expect(result.embedder).toBeNull();
    expect(result.scorer).toBeNull();
    expect(result.problems).toEqual([
      `Semantic search is off: the models folder ${root} does not exist; choose the folder that holds bi-encoder/ and cross-encoder/ in Settings, or run npm run fetch-models.`,
      `Re-ranking is off: the models folder ${root} does not exist; choose the folder that holds bi-encoder/ and cross-encoder/ in Settings, or run npm run fetch-models.`,
    ]);
  });

  it('keeps the model that loads when the other is broken', async () => {
    const root = copyRoot();
    fs.writeFileSync(path.join(root, 'cross-encoder', 'onnx', 'model_quantized.onnx'), crypto.randomBytes(1000));
    const result = await loadModels(root, quiet);
    expect(result.embedder).not.toBeNull();
    expect(result.scorer).toBeNull();
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(/^Re-ranking is off: .*model_quantized\.onnx is not a usable ONNX model/);
    expect(result.notes.some((n) => n.includes('random weights'))).toBe(true);
    await result.embedder!.dispose!();
  });
});

function sha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

function withFiles(manifest: ModelManifest, role: ModelRole, files: ModelManifest['models'][ModelRole]['files']): ModelManifest {
  const merged = [...files, ...manifest.models[role].files.filter((f) => !files.some((g) => g.path === f.path))];
  return { ...manifest, models: { ...manifest.models, [role]: { ...manifest.models[role], files: merged } } };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
