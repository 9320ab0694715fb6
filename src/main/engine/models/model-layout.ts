/**
 * The layout of a model folder (`<root>/bi-encoder`, `<root>/cross-encoder`): which files
 * must be there, which weight variants are, whether it is a generated stand-in, and which
 * variant to load on a given device.
 */
import fs from 'node:fs';
import path from 'node:path';
import { firstLine } from './error-text';
import { ModelLoadError, type ModelRole, type ModelVariant } from './types';

export const ONNX_PATHS: Record<ModelVariant, string> = {
  int8: 'onnx/model_quantized.onnx',
  fp32: 'onnx/model.onnx',
};

export const REQUIRED_FILES = ['config.json', 'tokenizer.json', 'tokenizer_config.json'] as const;

const CHOOSE = 'choose the folder that holds bi-encoder/ and cross-encoder/ in Settings, or run npm run fetch-models';
const REFETCH = 'run npm run fetch-models again or copy the whole model folder';

/** The parts of config.json the loader uses. */
export interface BertConfig {
  hiddenSize?: number;
  maxPositions?: number;
  /** Last part of _name_or_path ("all-MiniLM-L6-v2"). */
  nameOrPath?: string;
}

/** generated.json, written by scripts/generate-models.ts next to random weights. */
export interface GeneratedMarker {
  standsFor?: string;
  size?: string;
  seed?: number;
}

export interface FolderLayout {
  dir: string;
  role: ModelRole;
  /** Variants whose ONNX file exists, int8 first. */
  variants: ModelVariant[];
  config: BertConfig;
  generated: GeneratedMarker | null;
}

/** Checks that `dir` has what a `role` model needs; throws a ModelLoadError saying what is missing. */
export function readLayout(dir: string, role: ModelRole, forced?: ModelVariant): FolderLayout {
  const root = path.dirname(dir);
  if (!isDirectory(dir)) {
    const message = isDirectory(root)
      ? `The models folder ${root} has no ${path.basename(dir)}/ folder; ${CHOOSE}.`
      : `The models folder ${root} does not exist; ${CHOOSE}.`;
    throw new ModelLoadError('folder-missing', message);
  }
  for (const name of REQUIRED_FILES) {
    if (!fs.existsSync(path.join(dir, name))) throw missing(dir, role, name);
  }
  const variants = (['int8', 'fp32'] as const).filter((v) => fs.existsSync(path.join(dir, ...ONNX_PATHS[v].split('/'))));
  if (forced && !variants.includes(forced)) throw missing(dir, role, `${ONNX_PATHS[forced]}, which the ${forced} setting asks for`);
  if (variants.length === 0) throw missing(dir, role, `${ONNX_PATHS.int8} or ${ONNX_PATHS.fp32}`);
  const config = readJson(path.join(dir, 'config.json'));
  const generatedFile = path.join(dir, 'generated.json');
  const generated = fs.existsSync(generatedFile) ? (readJson(generatedFile) as GeneratedMarker) : null;
  return { dir, role, variants, config: bertConfig(config), generated };
}

/**
 * The weights to load: a forced variant if set; else int8 on CPU (about 4x less memory
 * traffic, the FLOP-bound case) and fp32 on a GPU (int8 kernels are a CPU optimisation),
 * whichever of the two exists.
 */
export function chooseVariant(available: readonly ModelVariant[], onCpu: boolean, forced?: ModelVariant): ModelVariant {
  if (forced) return forced;
  const preferred: ModelVariant = onCpu ? 'int8' : 'fp32';
  return available.includes(preferred) ? preferred : available[0]!;
}

function bertConfig(json: unknown): BertConfig {
  const record = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
  const positiveInt = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : undefined);
  const name = typeof record._name_or_path === 'string' ? record._name_or_path.split('/').pop() : undefined;
  return {
    hiddenSize: positiveInt(record.hidden_size),
    maxPositions: positiveInt(record.max_position_embeddings),
    nameOrPath: name || undefined,
  };
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ModelLoadError('config-invalid', `${file} is not valid JSON (${firstLine(error)}); ${REFETCH}.`);
  }
}

function missing(dir: string, role: ModelRole, what: string): ModelLoadError {
  return new ModelLoadError('file-missing', `The ${role} model folder ${dir} has no ${what}; ${REFETCH}.`);
}

function isDirectory(dir: string): boolean {
  try {
    return fs.statSync(dir).isDirectory();
  } catch {
    return false;
  }
}
