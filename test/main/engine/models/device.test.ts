import { describe, expect, it } from 'vitest';
import { physicalCores, providerCandidates } from '../../../../src/main/engine/models/device';
import { chooseVariant } from '../../../../src/main/engine/models/model-layout';

describe('providerCandidates', () => {
  it('tries CUDA on Linux only when its provider library is installed', () => {
    expect(providerCandidates('linux', true, 'auto')).toEqual(['cuda', 'cpu']);
    expect(providerCandidates('linux', false, 'auto')).toEqual(['cpu']);
  });

  it('tries CUDA then DirectML on Windows, CoreML on macOS', () => {
    expect(providerCandidates('win32', true, 'auto')).toEqual(['cuda', 'dml', 'cpu']);
    expect(providerCandidates('win32', false, 'auto')).toEqual(['dml', 'cpu']);
    expect(providerCandidates('darwin', true, 'auto')).toEqual(['coreml', 'cpu']);
  });

  it('goes straight to the CPU when the setting says so', () => {
    expect(providerCandidates('win32', true, 'cpu')).toEqual(['cpu']);
  });
});

describe('chooseVariant', () => {
  it('prefers int8 on the CPU and fp32 on a GPU, taking what exists', () => {
    expect(chooseVariant(['int8', 'fp32'], true)).toBe('int8');
    expect(chooseVariant(['int8', 'fp32'], false)).toBe('fp32');
    expect(chooseVariant(['fp32'], true)).toBe('fp32');
    expect(chooseVariant(['int8'], false)).toBe('int8');
  });

  it('follows a forced variant', () => {
    expect(chooseVariant(['int8', 'fp32'], true, 'fp32')).toBe('fp32');
  });
});

describe('physicalCores', () => {
  it('halves logical CPUs when SMT is active or assumed (x86), not otherwise', () => {
    expect(physicalCores(16, 'x64', true)).toBe(8);
    expect(physicalCores(16, 'x64', false)).toBe(16);
    expect(physicalCores(16, 'x64', null)).toBe(8);
    expect(physicalCores(10, 'arm64', null)).toBe(10);
    expect(physicalCores(1, 'x64', null)).toBe(1);
  });
});
