/**
 * resources/models/manifest.json: which models are the defaults, where the fetch script
 * gets them, and the sha256 pins the loader verifies. Only scripts/fetch-models.ts uses
 * the URLs; src/ never reaches the network.
 */
import fs from 'node:fs';
import manifestJson from '../../../../resources/models/manifest.json';
import type { ModelRole, ModelVariant } from './types';

export interface ManifestFile {
  /** Path inside the role folder, '/'-separated ("onnx/model_quantized.onnx"). */
  path: string;
  /** Set for ONNX weight files only. */
  variant?: ModelVariant;
  /** null where the pin list does not record it. */
  bytes: number | null;
  /** null = not pinned: downloaded, but not verified at load. */
  sha256: string | null;
  url: string;
}

export interface ManifestModel {
  name: string;
  standsFor: string;
  repo: string;
  revision: string;
  /** Embedding size (bi-encoder only). */
  dimension?: number;
  /** Longest input in tokens, special tokens included. */
  maxLength: number;
  files: ManifestFile[];
}

export interface ModelManifest {
  schema: 1;
  models: Record<ModelRole, ManifestModel>;
}

export const MODEL_ROLES: readonly ModelRole[] = ['bi-encoder', 'cross-encoder'];

/** Checks the shape of a parsed manifest; throws with the first thing that is wrong. */
export function parseManifest(value: unknown): ModelManifest {
  const root = asRecord(value, 'manifest');
  if (root.schema !== 1) throw new Error(`manifest: unsupported schema ${String(root.schema)}`);
  const models = asRecord(root.models, 'manifest.models');
  const parsed = {} as Record<ModelRole, ManifestModel>;
  for (const role of MODEL_ROLES) parsed[role] = parseModel(models[role], `manifest.models.${role}`);
  return { schema: 1, models: parsed };
}

export function readManifest(file: string): ModelManifest {
  return parseManifest(JSON.parse(fs.readFileSync(file, 'utf8')));
}

/** The manifest bundled with the app. */
export const DEFAULT_MANIFEST: ModelManifest = parseManifest(manifestJson);

export function manifestFile(model: ManifestModel, relPath: string): ManifestFile | undefined {
  return model.files.find((f) => f.path === relPath);
}

function parseModel(value: unknown, where: string): ManifestModel {
  const m = asRecord(value, where);
  const files = m.files;
  if (!Array.isArray(files) || files.length === 0) throw new Error(`${where}.files: expected a non-empty array`);
  const model: ManifestModel = {
    name: asString(m.name, `${where}.name`),
    standsFor: asString(m.standsFor, `${where}.standsFor`),
    repo: asString(m.repo, `${where}.repo`),
    revision: asString(m.revision, `${where}.revision`),
    maxLength: asPositiveInt(m.maxLength, `${where}.maxLength`),
    files: files.map((f, i) => parseFile(f, `${where}.files[${i}]`)),
  };
  if (m.dimension !== undefined) model.dimension = asPositiveInt(m.dimension, `${where}.dimension`);
  return model;
}

function parseFile(value: unknown, where: string): ManifestFile {
  const f = asRecord(value, where);
  const sha256 = f.sha256 === null ? null : asString(f.sha256, `${where}.sha256`);
  if (sha256 !== null && !/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`${where}.sha256: expected 64 lower-case hex digits`);
  const file: ManifestFile = {
    path: asString(f.path, `${where}.path`),
    bytes: f.bytes === null ? null : asPositiveInt(f.bytes, `${where}.bytes`),
    sha256,
    url: asString(f.url, `${where}.url`),
  };
  if (f.variant !== undefined) {
    if (f.variant !== 'fp32' && f.variant !== 'int8') throw new Error(`${where}.variant: expected fp32 or int8`);
    file.variant = f.variant;
  }
  return file;
}

function asRecord(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${where}: expected an object`);
  return value as Record<string, unknown>;
}

function asString(value: unknown, where: string): string {
  if (typeof value !== 'string' || value === '') throw new Error(`${where}: expected a non-empty string`);
  return value;
}

function asPositiveInt(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) throw new Error(`${where}: expected a positive integer`);
  return value;
}
