import { describe, expect, it } from 'vitest';
import { stageTimeline } from '../../../../../src/main/engine/eval/bench/stage-timeline';

describe('stageTimeline', () => {
  it('places the re-rank between the stage-1 response and the final hydrate', () => {
    const stage1 = { lexicalMs: 2, embedQueryMs: 5, semanticMs: 10, fusionMs: 1, hydrateMs: 2, totalMs: 20 };
    const final = { ...stage1, rerankMs: 2000, hydrateMs: 3, totalMs: 2024 };
    expect(stageTimeline(stage1, final)).toEqual({ stage1OutMs: 20, rerankStartMs: 21, rerankEndMs: 2021, finalOutMs: 2024 });
  });

  it('names the timing that is missing', () => {
    expect(() => stageTimeline({ totalMs: 20 }, { totalMs: 30, hydrateMs: 1 })).toThrow('The final response has no rerankMs timing.');
  });
});
