/**
 * Section "query-latency": search() per stage in modes hybrid and full over the whole
 * CUAD database, and in full mode when the stage-1 list reaches the user compared with
 * when the re-ranked one does.
 */
import type { SearchMode, SearchResponse } from '../../../../shared/api';
import type { ClauseEngine } from '../../engine';
import { fmtMs, shortName } from './bench-format';
import type { BenchSection } from './bench-section';
import { distribution, type Distribution } from './bench-stats';
import { loadBenchQueries } from './bench-queries';
import { prepareCuadForModels } from './cuad-model-setup';
import { stageTimeline, type StageTimeline } from './stage-timeline';

const TOP_K = 10;
const MODES = ['hybrid', 'full'] as const satisfies readonly SearchMode[];
/** Used when the list has no query left over to warm up with; not a bench query, so never cached for one. */
const FALLBACK_WARM_UP = 'which party bears the cost of insurance during shipment';

const STAGES: ReadonlyArray<[label: string, key: string]> = [
  ['lexical (FTS5)', 'lexicalMs'],
  ['embed query (bi-encoder)', 'embedQueryMs'],
  ['semantic (vec0 kNN)', 'semanticMs'],
  ['fusion (RRF)', 'fusionMs'],
  ['hydrate stage-1 list', 'stage1HydrateMs'],
  ['re-rank (cross-encoder)', 'rerankMs'],
  ['hydrate final list', 'hydrateMs'],
  ['total', 'totalMs'],
];

interface QueryRun {
  timings: Record<string, number>;
  timeline: StageTimeline | null;
  /** onStage1 as the caller saw it: ms from calling search() to the callback. */
  stage1CallbackMs: number | null;
  rerank: SearchResponse['rerank'];
}

export const queryLatencySection: BenchSection = {
  name: 'query-latency',
  title: 'query-latency: search() per stage, hybrid and full, on the CUAD database',
  async run(ctx) {
    const models = await ctx.models();
    const corpus = await ctx.cuadCorpus();
    ctx.log('query-latency: loading models and filling the vector table');
    const setup = await prepareCuadForModels(corpus.engine, models);
    const all = loadBenchQueries(ctx.dataDir).texts;
    const queries = all.slice(0, ctx.scale.latencyQueries);
    const warmUp = all[queries.length] ?? FALLBACK_WARM_UP;

    const runs: Record<(typeof MODES)[number], QueryRun[]> = { hybrid: [], full: [] };
    for (const mode of MODES) {
      await corpus.engine.search(warmUp, { mode, topK: TOP_K });
      const report = ctx.progress(`query-latency ${mode}`, 'query');
      for (const [i, q] of queries.entries()) {
        runs[mode].push(await timeQuery(corpus.engine, q, mode));
        report(i + 1, queries.length);
      }
    }

    const stats = Object.fromEntries(MODES.map((m) => [m, stageStats(runs[m])])) as Record<(typeof MODES)[number], Record<string, Distribution>>;
    const stageRows = STAGES.map(([label, key]) => [label, ...MODES.flatMap((m) => cells(stats[m][key]))]);
    const timelines = runs.full.flatMap((r) => (r.timeline === null ? [] : [r.timeline]));
    const moments = {
      'stage-1 list out (onStage1)': distribution(timelines.map((t) => t.stage1OutMs)),
      're-rank starts': distribution(timelines.map((t) => t.rerankStartMs)),
      're-rank ends': distribution(timelines.map((t) => t.rerankEndMs)),
      'final list out': distribution(timelines.map((t) => t.finalOutMs)),
      'onStage1, caller clock': distribution(runs.full.flatMap((r) => (r.stage1CallbackMs === null ? [] : [r.stage1CallbackMs]))),
    };
    const momentRows = Object.entries(moments).map(([label, d]) => [label, fmtMs(d.p50), fmtMs(d.p95), fmtMs(d.max)]);
    const windows = runs.full.reduce((s, r) => s + (r.rerank?.windows ?? 0), 0);
    const hits = runs.full.reduce((s, r) => s + (r.rerank?.cacheHits ?? 0), 0);
    const stage1 = moments['stage-1 list out (onStage1)'];
    const final = moments['final list out'];

    return {
      tables: [
        { title: 'Per stage (ms)', header: ['stage', 'hybrid p50', 'hybrid p95', 'full p50', 'full p95'], rows: stageRows },
        { title: 'Full mode: when each list is out (ms after search() started)', header: ['moment', 'p50', 'p95', 'max'], rows: momentRows },
      ],
      notes: [
        models.describe,
        `${queries.length} bench queries per mode (ACORD first, then CUAD questions) over ${corpus.files.length} CUAD contracts, topK ${TOP_K}, topN 100 (the defaults); one untimed warm-up search per mode first ("${shortName(warmUp, 60)}", not among the timed ones).`,
        `Query embedding and re-rank: the MiniLM models loaded by the engine as the app loads them on ${setup.device ?? 'the CPU'} (int8 where the folder has it; bi-encoder ${setup.modelId}). Chunk vectors: NOT from the bi-encoder. Embedding all ${setup.vectors.toLocaleString('en-US')} chunks with it costs that many ÷ embedding-ingest's chunks/s (many minutes for the whole CUAD corpus on a 2-core CPU), so the vec0 table was filled (${fmtMs(setup.fillMs)}) by a hashed bag-of-words stand-in of the same dimension (${setup.dimension}) under the bi-encoder's id; sqlite-vec's kNN scans every vector whatever its values, so the semantic timing is that of the real corpus size, while the semantic hits themselves are not meaningful.`,
        `Full mode re-ranks with an empty cache for each query (distinct queries; ${windows.toLocaleString('en-US')} windows scored in all, ${hits} cache hits from windows repeated within a query's candidates).`,
        `Stage-1 list out = the stage-1 response's totalMs; re-rank ends = final totalMs − final hydrate; re-rank starts = that − rerankMs; "caller clock" times the onStage1 callback from outside search(). p50: the stage-1 list is out ${fmtMs(stage1.p50)} after the query, the re-ranked list ${fmtMs(final.p50)}.`,
        'Hybrid mode has no re-rank and one hydrate (of its final list): its row is "hydrate final list"; "-" = the stage does not run in that mode.',
      ],
      json: {
        queries: queries.length,
        warmUpQuery: warmUp,
        topK: TOP_K,
        documents: corpus.files.length,
        vectors: { standIn: 'hashed bag of words', modelId: setup.modelId, dimension: setup.dimension, count: setup.vectors, fillMs: setup.fillMs },
        device: setup.device,
        stats,
        stage1Timeline: moments,
        rerank: { windows, cacheHits: hits },
      },
    };
  },
};

async function timeQuery(engine: ClauseEngine, query: string, mode: SearchMode): Promise<QueryRun> {
  let stage1: SearchResponse | null = null;
  let stage1CallbackMs: number | null = null;
  const started = performance.now();
  const response = await engine.search(query, {
    mode,
    topK: TOP_K,
    onStage1: (r) => {
      stage1CallbackMs = performance.now() - started;
      stage1 = r;
    },
  });
  const first = stage1 as SearchResponse | null;
  const timings = { ...response.timings };
  if (first !== null) timings.stage1HydrateMs = first.timings.hydrateMs!;
  return { timings, timeline: first === null ? null : stageTimeline(first.timings, response.timings), stage1CallbackMs, rerank: response.rerank };
}

function stageStats(runs: readonly QueryRun[]): Record<string, Distribution> {
  const keys = new Set(runs.flatMap((r) => Object.keys(r.timings)));
  return Object.fromEntries([...keys].map((k) => [k, distribution(runs.flatMap((r) => (r.timings[k] === undefined ? [] : [r.timings[k]!])))]));
}

function cells(d: Distribution | undefined): string[] {
  return d === undefined || d.n === 0 ? ['-', '-'] : [fmtMs(d.p50), fmtMs(d.p95)];
}
