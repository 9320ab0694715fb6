/**
 * loadModelFolder: one model folder → a checked tokenizer and ONNX session, or a
 * ModelLoadError that says plainly what is wrong. Checks run cheapest first: layout,
 * pins of the small files, tokenizer, then the weights (pin, session, names, probe run).
 */
import path from 'node:path';
import type { BertRunner } from './bert-runner';
import { bertRunnerFor, probeShape } from './io-check';
import { DEFAULT_MANIFEST, type ManifestModel } from './manifest';
import { ONNX_PATHS, readLayout, REQUIRED_FILES, type FolderLayout } from './model-layout';
import type { ModelOptions, RoleOptions } from './options';
import { loadOrt } from './ort-runtime';
import { verifyPinnedFile } from './pins';
import { openSession } from './session';
import { loadTokenizer, type BertTextTokenizer } from './tokenizer';
import type { DeviceInfo, ModelRole, ModelVariant } from './types';

export interface LoadedModelFolder {
  role: ModelRole;
  dir: string;
  /** "all-MiniLM-L6-v2/int8"; "generated-…/int8" for random weights; "custom:…" when pins are off. */
  modelId: string;
  variant: ModelVariant;
  tokenizer: BertTextTokenizer;
  runner: BertRunner;
  device: DeviceInfo;
  /** Width of the model's hidden states (the embedding size of a bi-encoder). */
  hiddenSize: number;
  /** Longest input in tokens, special tokens included. */
  maxLength: number;
  /** 'pinned': real files checked against the manifest; 'generated': random weights; 'off': not checked. */
  verification: 'pinned' | 'generated' | 'off';
  /** Files read without a pin to check them against. */
  unverified: string[];
}

export async function loadModelFolder(dir: string, role: ModelRole, options: ModelOptions & RoleOptions = {}): Promise<LoadedModelFolder> {
  const model = (options.manifest ?? DEFAULT_MANIFEST).models[role];
  const forced = options.variant === undefined || options.variant === 'auto' ? undefined : options.variant;
  const layout = readLayout(dir, role, forced);
  const verification = layout.generated ? 'generated' : options.verifyPins === false ? 'off' : 'pinned';
  const pinned = new Map<string, boolean>();
  const verify = async (relPath: string): Promise<void> => {
    if (verification === 'pinned' && !pinned.has(relPath)) pinned.set(relPath, await verifyPinnedFile(dir, relPath, model));
  };
  for (const name of REQUIRED_FILES) await verify(name);
  const tokenizer = await loadTokenizer(dir);
  const ort = await loadOrt();
  const opened = await openSession(layout, options, verify);
  try {
    const runner = bertRunnerFor(ort, opened.session, role, opened.file);
    const hiddenSize = await probeShape(runner, tokenizer, role, opened.file, layout.config.hiddenSize);
    const used = [...REQUIRED_FILES, ONNX_PATHS[opened.variant]];
    return {
      role,
      dir,
      modelId: `${modelName(layout, model, verification)}/${opened.variant}`,
      variant: opened.variant,
      tokenizer,
      runner,
      device: opened.device,
      hiddenSize,
      maxLength: Math.min(options.maxLength ?? model.maxLength, layout.config.maxPositions ?? Infinity),
      verification,
      unverified: verification === 'pinned' ? used.filter((relPath) => pinned.get(relPath) === false) : [],
    };
  } catch (error) {
    await opened.session.release();
    throw error;
  }
}

function modelName(layout: FolderLayout, model: ManifestModel, verification: LoadedModelFolder['verification']): string {
  if (verification === 'pinned') return model.name;
  if (verification === 'generated') {
    const g = layout.generated!;
    const standsFor = path.basename(g.standsFor ?? model.standsFor);
    return ['generated', standsFor, g.size, g.seed === undefined ? undefined : `seed${g.seed}`].filter(Boolean).join('-');
  }
  return `custom:${layout.config.nameOrPath ?? path.basename(layout.dir)}`;
}
