import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runBenchCli, type BenchDeps } from '../../../../../src/main/engine/eval/bench/bench-main';
import type { BenchSection } from '../../../../../src/main/engine/eval/bench/bench-section';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function fakeDeps(sections: readonly BenchSection[]): BenchDeps & { out: string[]; err: string[]; loaded: number } {
  const deps = {
    out: [] as string[],
    err: [] as string[],
    loaded: 0,
    loadSections: async () => {
      deps.loaded++;
      return sections;
    },
    stdout: (t: string) => deps.out.push(t),
    stderr: (t: string) => deps.err.push(t),
  };
  return deps;
}

const okSection: BenchSection = {
  name: 'demo',
  title: 'demo: a fake section',
  run: async () => ({ tables: [{ header: ['k', 'v'], rows: [['a', '1']] }], notes: [], json: { value: 1 } }),
};
const failingSection: BenchSection = {
  name: 'broken',
  title: 'broken',
  run: async () => {
    throw new Error('no data');
  },
};

describe('runBenchCli', () => {
  it('prints help and rejects bad usage without loading any section', async () => {
    const deps = fakeDeps([okSection]);
    expect(await runBenchCli(['--help'], deps)).toBe(0);
    expect(deps.out.join('')).toContain('Usage: npm run bench');
    expect(await runBenchCli(['--runs', '0'], deps)).toBe(2);
    expect(deps.loaded).toBe(0);
  });

  it('writes {machine, sections, startedAt} and keeps going past a failing section', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-main-test-'));
    dirs.push(dir);
    const out = path.join(dir, 'bench.json');
    const deps = fakeDeps([failingSection, okSection]);
    expect(await runBenchCli(['--data', dir, '--out', out], deps)).toBe(1);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['machine', 'sections', 'startedAt']));
    expect(json.sections).toEqual({ demo: { value: 1 } });
    expect(json.errors).toEqual([{ section: 'broken', error: 'no data' }]);
    expect(deps.out.join('')).toContain('== demo: a fake section ==');
    expect(deps.err.join('')).toContain('The broken section failed: no data');
  });

  it('merges a section\'s headline figures into the top-level objects of the same name', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-main-test-'));
    dirs.push(dir);
    const out = path.join(dir, 'bench.json');
    const peak: BenchSection = {
      name: 'peak',
      title: 'peak',
      run: async () => ({ tables: [], notes: [], json: { gflops: 190 }, topLevel: { machine: { peakGflops: 190 }, rerank: { gflops: 320 } } }),
    };
    expect(await runBenchCli(['--data', dir, '--out', out], fakeDeps([peak]))).toBe(0);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(json.machine).toMatchObject({ peakGflops: 190, logicalCores: expect.any(Number) });
    expect(json.rerank).toEqual({ gflops: 320 });
    expect(json.sections.peak).toEqual({ gflops: 190 });
  });

  it('rejects a --models folder without bi-encoder/ and cross-encoder/ before running anything', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-main-test-'));
    dirs.push(dir);
    mkdirSync(path.join(dir, 'models', 'bi-encoder'), { recursive: true });
    const deps = fakeDeps([okSection]);
    expect(await runBenchCli(['--data', dir, '--models', path.join(dir, 'models')], deps)).toBe(2);
    expect(deps.err.join('')).toContain('has no cross-encoder/ folder');
    expect(deps.loaded).toBe(0);
  });
});
