/** The models layer's public surface: load a models folder; everything else is internal. */
export { loadModels, type LoadedModels, type LoadModelsOptions } from './load-models';
export { loadModelFolder, type LoadedModelFolder } from './model-folder';
export { OnnxEmbedder } from './embedder';
export { OnnxPairScorer } from './pair-scorer';
export { loadTokenizer, BertTextTokenizer } from './tokenizer';
export { DEFAULT_MANIFEST, readManifest, type ModelManifest, type ManifestModel, type ManifestFile } from './manifest';
export { physicalCores } from './device';
export type { ModelOptions, RoleOptions } from './options';
export * from './types';
