/**
 * Writes one Hugging Face style model folder: config.json, tokenizer files, onnx/model.onnx
 * (fp32), onnx/model_quantized.onnx (int8) and generated.json, the marker that says the
 * weights are random.
 */
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { bertConfigJson, STANDS_FOR, type BertShape, type HeadKind, type ModelSize } from './bert-config';
import { buildBertModel } from './bert-graph';
import { onnx } from './onnx-proto';
import { deriveSeed } from './prng';
import { quantizeDynamic } from './quantize';
import type { TokenizerFiles } from './tiny-tokenizer';

export interface ModelFolderSpec {
  dir: string;
  head: HeadKind;
  size: ModelSize;
  shape: BertShape;
  /** The run's seed; each head draws from its own stream derived from it. */
  seed: number;
  tokenizer: TokenizerFiles;
  /** Where the tokenizer came from, for generated.json. */
  tokenizerSource: string;
}

/** What generated.json records about each ONNX file. */
interface FileRecord {
  bytes: number;
  sha256: string;
}

async function writeBytes(file: string, bytes: Uint8Array): Promise<FileRecord> {
  await fs.writeFile(file, bytes);
  return { bytes: bytes.length, sha256: crypto.createHash('sha256').update(bytes).digest('hex') };
}

export async function writeModelFolder(spec: ModelFolderSpec): Promise<void> {
  const { dir, head, shape } = spec;
  await fs.mkdir(path.join(dir, 'onnx'), { recursive: true });

  for (const [name, text] of Object.entries(spec.tokenizer.files)) await fs.writeFile(path.join(dir, name), text);
  await fs.writeFile(path.join(dir, 'config.json'), `${JSON.stringify(bertConfigJson(shape, head), null, 2)}\n`);

  // Encode fp32 and let its bytes go before quantizing: keeps minilm's peak memory low.
  const model = buildBertModel(shape, head, deriveSeed(spec.seed, head));
  const fp32 = await writeBytes(path.join(dir, 'onnx', 'model.onnx'), onnx.ModelProto.encode(model).finish());
  const int8 = await writeBytes(path.join(dir, 'onnx', 'model_quantized.onnx'), onnx.ModelProto.encode(quantizeDynamic(model)).finish());

  const marker = {
    randomWeights: true,
    note: 'Random weights with the real architecture, for tests and benchmarks only: scores and embeddings are meaningless.',
    standsFor: STANDS_FOR[head],
    size: spec.size,
    seed: spec.seed,
    date: new Date().toISOString(),
    tokenizer: spec.tokenizerSource,
    generator: 'scripts/generate-models.ts',
    files: { 'onnx/model.onnx': fp32, 'onnx/model_quantized.onnx': int8 },
  };
  await fs.writeFile(path.join(dir, 'generated.json'), `${JSON.stringify(marker, null, 2)}\n`);
}
