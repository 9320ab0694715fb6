/** Settings for loading models; every field is optional and has a sensible default. */
import type { ModelManifest } from './manifest';
import type { OrtSession, OrtSessionOptions } from './ort-runtime';
import type { ModelVariant } from './types';

/** Creates a session; a seam so tests can make a provider fail. */
export type SessionFactory = (file: string, options: OrtSessionOptions) => Promise<OrtSession>;

export interface ModelOptions {
  /** 'auto' tries CUDA / DirectML / CoreML before the CPU; 'cpu' goes straight to the CPU. */
  device?: 'auto' | 'cpu';
  /** 'auto': int8 on the CPU, fp32 on a GPU, whichever file exists; otherwise that file. */
  variant?: 'auto' | ModelVariant;
  /** Intra-op threads on the CPU; default: physical cores (see device.ts). */
  threads?: number;
  /** Check files against the manifest's sha256 pins (default true; see pins.ts). */
  verifyPins?: boolean;
  manifest?: ModelManifest;
  /** Where one-sentence notices go (provider fallbacks); default console.warn. */
  log?: (line: string) => void;
  /** What the machine offers; detected when absent (tests set it to simulate other machines). */
  environment?: DeviceEnvironment;
}

export interface DeviceEnvironment {
  platform?: NodeJS.Platform;
  /** Whether onnxruntime-node's CUDA provider library is installed. */
  cudaInstalled?: boolean;
  /** Execution providers this onnxruntime-node build knows (its listSupportedBackends()). */
  backends?: readonly string[];
  createSession?: SessionFactory;
}

export interface RoleOptions {
  /** Longest input in tokens (special tokens included); default from the manifest, capped by the model. */
  maxLength?: number;
  /** Texts or pairs per inference call; default 32. */
  batchSize?: number;
}

export const DEFAULT_BATCH_SIZE = 32;
