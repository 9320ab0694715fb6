/**
 * Tiny random-weight cross-encoder and bi-encoder folders (real BERT graph, tiny tokenizer),
 * generated once per test file into a temporary folder and shared by its tests.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { generateModels, type GeneratedModels } from '../../scripts/models/generate-models';

let cached: { dir: string; models: Promise<GeneratedModels> } | undefined;

export function tinyModels(): Promise<GeneratedModels> {
  if (!cached) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clause-search-tiny-models-'));
    cached = { dir, models: generateModels({ outDir: dir, size: 'tiny' }) };
  }
  return cached.models;
}

afterAll(() => {
  // Forget the folder as well as deleting it, in case the module outlives this file.
  if (cached) fs.rmSync(cached.dir, { recursive: true, force: true });
  cached = undefined;
});
