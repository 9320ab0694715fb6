import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MANIFEST, parseManifest } from '../../../../src/main/engine/models/manifest';
import { sharedDir } from '../../../helpers/shared-dir';

const sharedModels = path.join(sharedDir(), 'models');

describe('the bundled manifest', () => {
  it('names both defaults with their repos, int8 and fp32 files', () => {
    const { 'bi-encoder': bi, 'cross-encoder': cross } = DEFAULT_MANIFEST.models;
    expect([bi.repo, bi.dimension, cross.repo]).toEqual(['Xenova/all-MiniLM-L6-v2', 384, 'Xenova/ms-marco-MiniLM-L-6-v2']);
    for (const model of [bi, cross]) {
      expect(model.files.filter((f) => f.variant).map((f) => f.path).sort()).toEqual(['onnx/model.onnx', 'onnx/model_quantized.onnx']);
      for (const f of model.files) expect(f.url).toBe(`https://huggingface.co/${model.repo}/resolve/${model.revision}/${f.path}`);
    }
    expect(bi.files.find((f) => f.path === 'onnx/model_quantized.onnx')).toMatchObject({ bytes: 22972370 });
    // No pin for the cross-encoder's fp32 weights is known: recorded as unpinned.
    expect(cross.files.find((f) => f.path === 'onnx/model.onnx')?.sha256).toBeNull();
  });

  it.skipIf(!fs.existsSync(sharedModels))('pins the real tokenizer files that are on disk', () => {
    const checks: Array<[string, string]> = [
      ['all-MiniLM-L6-v2', 'bi-encoder'],
      ['ms-marco-MiniLM-L-6-v2', 'cross-encoder'],
    ];
    let checked = 0;
    for (const [folder, role] of checks) {
      for (const f of DEFAULT_MANIFEST.models[role as 'bi-encoder'].files) {
        const file = path.join(sharedModels, folder, f.path);
        if (!fs.existsSync(file)) continue;
        const bytes = fs.readFileSync(file);
        expect(crypto.createHash('sha256').update(bytes).digest('hex'), file).toBe(f.sha256);
        if (f.bytes !== null) expect(bytes.length).toBe(f.bytes);
        checked++;
      }
    }
    expect(checked).toBe(6);
  });

  it('rejects a malformed manifest with the place that is wrong', () => {
    const bad = JSON.parse(JSON.stringify(DEFAULT_MANIFEST));
    bad.models['cross-encoder'].files[0].sha256 = 'XYZ';
    expect(() => parseManifest(bad)).toThrow('manifest.models.cross-encoder.files[0].sha256');
    expect(() => parseManifest({ schema: 2 })).toThrow('unsupported schema');
  });
});
