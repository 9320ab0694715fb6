/**
 * The models the model sections time. Without --models: random-weight stand-ins of the
 * real MiniLM-L6-H384 architecture with the real WordPiece tokenizer, generated once per
 * bench run into its scratch folder. Same graph, shapes and token counts as the real
 * weights, so the same cost; the scores and vectors they produce mean nothing.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { generateModels } from '../../../../../scripts/models/generate-models';
import { loadModelFolder, OnnxEmbedder, OnnxPairScorer } from '../../models';
import { ONNX_PATHS } from '../../models/model-layout';
import type { ModelRole, ModelVariant } from '../../models/types';

export interface BenchModels {
  /** Holds bi-encoder/ and cross-encoder/. */
  dir: string;
  generated: boolean;
  /** One sentence for the notes: what was timed. */
  describe: string;
}

/** The real tokenizer both MiniLM models use, in the shared folder beside eval-data. */
export function realTokenizerDir(dataDir: string): string {
  return path.join(path.dirname(dataDir), 'models', 'all-MiniLM-L6-v2');
}

export async function prepareBenchModels(userDir: string | undefined, dataDir: string, scratchDir: string): Promise<BenchModels> {
  if (userDir !== undefined) {
    const dir = path.resolve(userDir);
    return { dir, generated: false, describe: `Models from ${dir}; quality numbers for them come from npm run eval -- --models ${dir}.` };
  }
  const tokenizerDir = realTokenizerDir(dataDir);
  if (!existsSync(path.join(tokenizerDir, 'tokenizer.json'))) {
    throw new Error(`No real tokenizer at ${tokenizerDir} to generate MiniLM-size models with; pass --models DIR.`);
  }
  const outDir = path.join(scratchDir, 'models');
  await generateModels({ outDir, size: 'minilm', tokenizerDir });
  return {
    dir: outDir,
    generated: true,
    describe: 'Models: random-weight MiniLM-L6-H384 stand-ins with the real all-MiniLM-L6-v2 tokenizer, generated for this run (same graph and token counts as the real models, so the same cost; scores are meaningless).',
  };
}

/** Pins are not checked: the bench times whatever weights it is given, and hashing 90 MB is not what is timed. */
const CPU_OPTIONS = { device: 'cpu', verifyPins: false } as const;

export async function loadBenchScorer(models: BenchModels, variant: ModelVariant, batchSize: number): Promise<OnnxPairScorer> {
  const folder = await loadModelFolder(path.join(models.dir, 'cross-encoder'), 'cross-encoder', { ...CPU_OPTIONS, variant });
  return new OnnxPairScorer(folder, batchSize);
}

export async function loadBenchEmbedder(models: BenchModels, variant: ModelVariant): Promise<OnnxEmbedder> {
  const folder = await loadModelFolder(path.join(models.dir, 'bi-encoder'), 'bi-encoder', { ...CPU_OPTIONS, variant });
  return new OnnxEmbedder(folder);
}

/** The engine's own CPU load for query-latency: the app's choice on a CPU, int8 where the folder has it. */
export const ENGINE_CPU_OPTIONS = { ...CPU_OPTIONS, variant: 'auto' } as const;

/**
 * Which weight files a role's folder holds, of those asked for. Generated folders hold
 * both; a real one may not (the ms-marco cross-encoder is often shipped int8 only), and
 * a section then times what is there and says what was not.
 */
export function variantsIn(models: BenchModels, role: ModelRole, wanted: readonly ModelVariant[]): { present: ModelVariant[]; missing: ModelVariant[] } {
  const has = (v: ModelVariant) => existsSync(path.join(models.dir, role, ...ONNX_PATHS[v].split('/')));
  return { present: wanted.filter(has), missing: wanted.filter((v) => !has(v)) };
}

/** The note for variants a folder lacks; empty when none is missing. */
export function missingVariantNotes(role: ModelRole, missing: readonly ModelVariant[]): string[] {
  return missing.map((v) => `The ${role} folder has no ${ONNX_PATHS[v]}, so ${v} was not timed.`);
}
