/**
 * Opening a model's ONNX session: try each execution provider in order, with the weight
 * variant that suits it, and fall back to the next one with a one-sentence reason. A file
 * that the CPU cannot load either is a broken file, not a device problem.
 */
import path from 'node:path';
import { cudaBuildInstalled, physicalCores, providerCandidates, PROVIDER_LABEL, type Provider } from './device';
import { firstLine } from './error-text';
import { chooseVariant, ONNX_PATHS, type FolderLayout } from './model-layout';
import type { ModelOptions } from './options';
import { loadOrt, type OrtSession, type OrtSessionOptions } from './ort-runtime';
import { ModelLoadError, type DeviceInfo, type ModelVariant } from './types';

export interface OpenedSession {
  session: OrtSession;
  device: DeviceInfo;
  variant: ModelVariant;
  file: string;
}

/** `beforeLoad` runs on each file before a session is made from it (the pin check). */
export async function openSession(
  layout: FolderLayout,
  options: ModelOptions,
  beforeLoad: (relPath: string) => Promise<void>,
): Promise<OpenedSession> {
  const ort = await loadOrt();
  const env = options.environment ?? {};
  const create = env.createSession ?? ((file: string, o: OrtSessionOptions) => ort.InferenceSession.create(file, o));
  const cuda = env.cudaInstalled ?? cudaBuildInstalled();
  // onnxruntime silently drops a provider its build lacks and runs on the CPU: ask it first.
  const built = new Set(env.backends ?? ort.listSupportedBackends().map((b) => b.name));
  const providers = providerCandidates(env.platform ?? process.platform, cuda, options.device ?? 'auto').filter(
    (p) => p === 'cpu' || built.has(p),
  );
  const forced = options.variant === 'auto' ? undefined : options.variant;
  const threads = Math.max(1, Math.floor(options.threads ?? physicalCores()));
  const fallbacks: string[] = [];
  for (const provider of providers) {
    const variant = chooseVariant(layout.variants, provider === 'cpu', forced);
    const relPath = ONNX_PATHS[variant];
    const file = path.join(layout.dir, ...relPath.split('/'));
    await beforeLoad(relPath);
    try {
      const session = await create(file, sessionOptions(provider, threads));
      for (const line of fallbacks) (options.log ?? console.warn)(line);
      return { session, variant, file, device: { provider, fallbacks, intraOpThreads: threads } };
    } catch (error) {
      if (provider === 'cpu') {
        throw new ModelLoadError(
          'onnx-invalid',
          `${file} is not a usable ONNX model (${firstLine(error)}); the file is damaged or incomplete: run npm run fetch-models again.`,
        );
      }
      fallbacks.push(`${PROVIDER_LABEL[provider]} was not used: ${firstLine(error)}.`);
    }
  }
  throw new Error('unreachable: the CPU is always the last provider');
}

function sessionOptions(provider: Provider, threads: number): OrtSessionOptions {
  return {
    executionProviders: provider === 'cpu' ? ['cpu'] : [provider, 'cpu'],
    graphOptimizationLevel: 'all',
    intraOpNumThreads: threads,
    interOpNumThreads: 1,
    executionMode: 'sequential',
    logSeverityLevel: 3,
  };
}
