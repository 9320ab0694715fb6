/**
 * onnxruntime-node, imported on first use: a lexical-only engine never loads the native
 * binding, and a binding that fails to load (wrong ABI after an Electron upgrade) turns
 * into a plain sentence instead of a crash at startup.
 */
import { firstLine } from './error-text';
import { ModelLoadError } from './types';

export type Ort = typeof import('onnxruntime-node');
export type OrtSession = import('onnxruntime-node').InferenceSession;
export type OrtSessionOptions = import('onnxruntime-node').InferenceSession.SessionOptions;

let loading: Promise<Ort> | null = null;

export function loadOrt(): Promise<Ort> {
  loading ??= import('onnxruntime-node').catch((error: unknown) => {
    loading = null;
    throw new ModelLoadError(
      'runtime-missing',
      `The ONNX runtime (onnxruntime-node) could not be loaded (${firstLine(error)}); reinstall the app, or run npm run rebuild:node for the command line.`,
    );
  });
  return loading;
}
