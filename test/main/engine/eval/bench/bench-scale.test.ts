import { describe, expect, it } from 'vitest';
import { benchScale } from '../../../../../src/main/engine/eval/bench/bench-scale';

describe('benchScale', () => {
  it('skips s = 512 and times fewer windows, chunks and queries with --quick', () => {
    const full = benchScale(false);
    const quick = benchScale(true);
    expect(full.seqLens).toEqual([128, 256, 512]);
    expect(quick.seqLens).not.toContain(512);
    expect(full.latencyQueries).toBeGreaterThanOrEqual(50);
    for (const key of ['embedChunks', 'latencyQueries', 'cacheQueries'] as const) expect(quick[key]).toBeLessThan(full[key]);
    expect(quick.windowsAt(256)).toBeLessThan(full.windowsAt(256));
  });
});
