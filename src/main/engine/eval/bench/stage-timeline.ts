/**
 * When, in a full-mode search, the user sees what. The pipeline's timings are durations;
 * the moments follow from them: the stage-1 response is sent with the elapsed time so
 * far (its totalMs), and the final response's totalMs ends with the final hydrate, which
 * follows the re-rank directly. All moments are ms since the pipeline started.
 */
export interface StageTimeline {
  /** onStage1 fired: the fused list is on screen. */
  stage1OutMs: number;
  rerankStartMs: number;
  rerankEndMs: number;
  /** The re-ranked list is returned. */
  finalOutMs: number;
}

type Timings = Readonly<Record<string, number>>;

export function stageTimeline(stage1: Timings, final: Timings): StageTimeline {
  const need = (t: Timings, key: string, which: string): number => {
    const value = t[key];
    if (value === undefined || !Number.isFinite(value)) throw new Error(`The ${which} response has no ${key} timing.`);
    return value;
  };
  const finalOutMs = need(final, 'totalMs', 'final');
  const rerankEndMs = finalOutMs - need(final, 'hydrateMs', 'final');
  return {
    stage1OutMs: need(stage1, 'totalMs', 'stage-1'),
    rerankStartMs: rerankEndMs - need(final, 'rerankMs', 'final'),
    rerankEndMs,
    finalOutMs,
  };
}
