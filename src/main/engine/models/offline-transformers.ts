/**
 * @huggingface/transformers, configured so that it can only read local files: no remote
 * models, no file or browser cache (nothing is written into node_modules), and a fetch
 * that always fails, so a wrong path can never turn into a download.
 * Imported lazily: lexical-only use never pays for loading the library.
 */
import path from 'node:path';
import { firstLine } from './error-text';
import { ModelLoadError } from './types';

type Transformers = typeof import('@huggingface/transformers');

/** The part of a transformers.js tokenizer this project uses. */
export interface LibraryTokenizer {
  encode(text: string, options?: { text_pair?: string | null; add_special_tokens?: boolean }): number[];
  readonly pad_token_id: number | undefined;
}

let loaded: Promise<Transformers> | null = null;

function lockDown(env: Transformers['env'], localRoot: string): void {
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  env.useFS = true;
  env.useFSCache = false;
  env.useBrowserCache = false;
  env.useCustomCache = false;
  env.useWasmCache = false;
  env.cacheDir = null;
  // Model ids here are absolute folders; this only anchors a relative id to the models root.
  env.localModelPath = localRoot;
  env.fetch = () => Promise.reject(new Error('Clause Search loads models from local folders only'));
}

/** Loads the tokenizer in `dir` (an absolute folder) from local files only. */
export async function loadLibraryTokenizer(dir: string): Promise<LibraryTokenizer> {
  loaded ??= import('@huggingface/transformers').catch((error: unknown) => {
    loaded = null;
    throw new ModelLoadError(
      'runtime-missing',
      `The tokenizer library (@huggingface/transformers) could not be loaded (${firstLine(error)}); reinstall the app.`,
    );
  });
  const lib = await loaded;
  lockDown(lib.env, path.dirname(dir));
  lib.env.logLevel = lib.LogLevel.ERROR;
  const tokenizer = await lib.AutoTokenizer.from_pretrained(dir, { local_files_only: true });
  return tokenizer as unknown as LibraryTokenizer;
}
