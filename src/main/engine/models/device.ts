/**
 * Device choice: which ONNX Runtime execution providers to try, in order, and how many
 * intra-op threads a CPU session gets.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { DeviceInfo } from './types';

export type Provider = DeviceInfo['provider'];

export const PROVIDER_LABEL: Record<Provider, string> = {
  cuda: 'CUDA',
  dml: 'DirectML',
  coreml: 'CoreML',
  cpu: 'the CPU',
};

/**
 * Providers to try, best first; the CPU always comes last. CUDA only when its provider
 * library is installed (onnxruntime-node downloads it at install time on Linux x64 with
 * a CUDA toolkit); DirectML ships with the Windows build, CoreML with the macOS one.
 */
export function providerCandidates(platform: NodeJS.Platform, cudaInstalled: boolean, device: 'auto' | 'cpu'): Provider[] {
  if (device === 'cpu') return ['cpu'];
  const cuda: Provider[] = cudaInstalled && (platform === 'linux' || platform === 'win32') ? ['cuda'] : [];
  if (platform === 'win32') return [...cuda, 'dml', 'cpu'];
  if (platform === 'darwin') return ['coreml', 'cpu'];
  return [...cuda, 'cpu'];
}

/** Whether onnxruntime-node's CUDA provider library is next to its binding. */
export function cudaBuildInstalled(platform = process.platform, arch = process.arch): boolean {
  try {
    const dist = path.dirname(createRequire(import.meta.url).resolve('onnxruntime-node'));
    const bin = path.join(dist, '..', 'bin', 'napi-v6', platform, arch);
    const name = platform === 'win32' ? 'onnxruntime_providers_cuda.dll' : 'libonnxruntime_providers_cuda.so';
    return fs.existsSync(path.join(bin, name));
  } catch {
    return false;
  }
}

/**
 * Physical cores, the right intra-op thread count for GEMM-bound inference (a second SMT
 * thread on the same core adds contention, not FLOPs). Node only reports logical CPUs, so:
 * Linux says whether SMT is active (/sys/devices/system/cpu/smt/active); elsewhere x86
 * machines with more than one logical CPU are assumed to run 2-way SMT (nearly all
 * desktop and laptop x86 parts do) and ARM machines (Apple silicon) not.
 */
export function physicalCores(
  logical = os.availableParallelism(),
  arch: string = process.arch,
  smtActive: boolean | null = readSmtActive(),
): number {
  const x86 = arch === 'x64' || arch === 'ia32';
  const smt = smtActive ?? (x86 && logical > 1);
  return smt ? Math.max(1, Math.floor(logical / 2)) : Math.max(1, logical);
}

function readSmtActive(): boolean | null {
  if (process.platform !== 'linux') return null;
  try {
    const value = fs.readFileSync('/sys/devices/system/cpu/smt/active', 'utf8').trim();
    return value === '1' ? true : value === '0' ? false : null;
  } catch {
    return null;
  }
}
