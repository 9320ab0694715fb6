/**
 * loadModels: the engine's single entry point. Never throws for a bad folder: a model that
 * cannot be loaded is null, with one plain sentence saying what is off and why, so the
 * engine keeps working lexically and can tell the user.
 */
import path from 'node:path';
import { OnnxEmbedder } from './embedder';
import { firstLine } from './error-text';
import { loadModelFolder, type LoadedModelFolder } from './model-folder';
import type { ModelOptions, RoleOptions } from './options';
import { OnnxPairScorer } from './pair-scorer';
import { ModelLoadError, type Embedder, type ModelRole, type PairScorer } from './types';

export interface LoadModelsOptions extends ModelOptions {
  biEncoder?: RoleOptions;
  crossEncoder?: RoleOptions;
}

export interface LoadedModels {
  embedder: Embedder | null;
  scorer: PairScorer | null;
  /** One sentence per model that is off: "Semantic search is off: …", "Re-ranking is off: …". */
  problems: string[];
  /** One sentence per thing worth showing that did not stop a model (device fallbacks, random or unverified weights). */
  notes: string[];
}

const FEATURE: Record<ModelRole, string> = {
  'bi-encoder': 'Semantic search is off',
  'cross-encoder': 'Re-ranking is off',
};

export async function loadModels(modelsRoot: string, options: LoadModelsOptions = {}): Promise<LoadedModels> {
  const problems: string[] = [];
  const notes: string[] = [];
  const load = async (role: ModelRole, roleOptions: RoleOptions = {}): Promise<LoadedModelFolder | null> => {
    try {
      const model = await loadModelFolder(path.join(modelsRoot, role), role, { ...options, ...roleOptions });
      notes.push(...notesFor(model));
      return model;
    } catch (error) {
      problems.push(`${FEATURE[role]}: ${reason(error)}`);
      return null;
    }
  };
  // One after the other: the two sessions would otherwise compete for the same cores.
  const bi = await load('bi-encoder', options.biEncoder);
  const cross = await load('cross-encoder', options.crossEncoder);
  return {
    embedder: bi ? new OnnxEmbedder(bi, options.biEncoder?.batchSize) : null,
    scorer: cross ? new OnnxPairScorer(cross, options.crossEncoder?.batchSize) : null,
    problems,
    notes,
  };
}

function notesFor(model: LoadedModelFolder): string[] {
  const notes = model.device.fallbacks.map((line) => line.replace(' was not used: ', ` was not used for the ${model.role}: `));
  if (model.verification === 'generated') {
    notes.push(`The ${model.role} in ${model.dir} has random weights (generated for tests); its results are meaningless.`);
  }
  for (const relPath of model.unverified) {
    notes.push(`The ${model.role} file ${relPath} has no sha256 pin in the manifest, so it was loaded unverified.`);
  }
  return notes;
}

/** A ModelLoadError's sentence continues after the colon; anything else is unexpected and says so. */
function reason(error: unknown): string {
  if (error instanceof ModelLoadError) return error.message.replace(/^The /, 'the ');
  return `the model could not be loaded (${firstLine(error)}).`;
}
