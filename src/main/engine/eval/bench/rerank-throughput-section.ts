/**
 * Section "rerank-throughput": the cross-encoder, fp32 and int8 side by side. First the
 * raw rate on windows of fixed length s (achieved GFLOP/s against F(s) and the measured
 * peak), then the whole re-rank of 100 CUAD candidates with an empty and a warm cache.
 */
import path from 'node:path';
import { Prng } from '../../../../../scripts/models/prng';
import { ClauseEngine } from '../../engine';
import type { OnnxPairScorer } from '../../models';
import type { ModelVariant } from '../../models/types';
import { queryTokenLimit } from '../../search/rerank/token-windows';
import { fmtGflops, fmtMs, fmtPercentOf, fmtRate } from './bench-format';
import { loadBenchScorer, missingVariantNotes, variantsIn, type BenchModels } from './bench-models';
import { loadBenchQueries } from './bench-queries';
import { RERANK_BATCH, RERANK_CANDIDATES } from './bench-scale';
import type { BenchContext } from './bench-context';
import type { BenchSection } from './bench-section';
import { contractTokenStream, pairsOfLength, WINDOW_SEED, type TokenPair } from './cuad-windows';
import { lexicalCandidates, timeCacheMissThenHit, type CacheLatency } from './rerank-cache-latency';
import { timeScoring, type ScoringThroughput } from './scoring-throughput';

const VARIANTS: readonly ModelVariant[] = ['fp32', 'int8'];
/** The headline length: a typical clause window beside a short query. */
export const HEADLINE_SEQ_LEN = 256;
/** The variant the app runs on a CPU, so the headline figure. */
const HEADLINE_VARIANT: ModelVariant = 'int8';
/** Enough tokens that hundreds of random 509-token passages rarely overlap much. */
const STREAM_TOKENS = 60_000;

interface VariantRun {
  variant: ModelVariant;
  throughput: ScoringThroughput[];
  cache: CacheLatency[];
}

export const rerankThroughputSection: BenchSection = {
  name: 'rerank-throughput',
  title: 'rerank-throughput: cross-encoder (MiniLM-L6-H384) fp32 vs int8 on CUAD text',
  async run(ctx) {
    const models = await ctx.models();
    const peak = await ctx.machinePeak();
    const corpus = await ctx.cuadCorpus();
    const queries = loadBenchQueries(ctx.dataDir).texts;
    const windowQuery = queries[0]!;
    const cacheQueries = queries.slice(0, ctx.scale.cacheQueries);
    const candidates = cacheQueries.map((q) => lexicalCandidates(corpus.engine, q, RERANK_CANDIDATES));

    const pairsByLength = new Map<number, TokenPair[]>();
    const skipped: number[] = [];
    const runs: VariantRun[] = [];
    const variants = variantsIn(models, 'cross-encoder', VARIANTS);
    for (const variant of variants.present) {
      ctx.log(`rerank-throughput: ${variant}`);
      const scorer = await loadBenchScorer(models, variant, RERANK_BATCH);
      try {
        if (pairsByLength.size === 0 && skipped.length === 0) samplePairs(ctx, scorer, corpus.files, windowQuery, pairsByLength, skipped);
        const throughput: ScoringThroughput[] = [];
        for (const [seqLen, pairs] of pairsByLength) throughput.push(await timeScoring(scorer, pairs, seqLen, RERANK_BATCH));
        const cache: CacheLatency[] = [];
        for (const [i, q] of cacheQueries.entries()) cache.push(await withFreshCache(ctx, `${variant}-${i}`, (db) => timeCacheMissThenHit(scorer, db, RERANK_BATCH, q, candidates[i]!)));
        runs.push({ variant, throughput, cache });
      } finally {
        await scorer.dispose();
      }
    }
    const output = summarize(runs, peak.gflops, models, { windowQuery, skipped, quick: ctx.quick });
    return { ...output, notes: [...output.notes, ...missingVariantNotes('cross-encoder', variants.missing)] };
  },
};

/** Pairs for each length the model takes, made once so fp32 and int8 score the very same windows. */
function samplePairs(ctx: BenchContext, scorer: OnnxPairScorer, files: readonly string[], query: string, out: Map<number, TokenPair[]>, skipped: number[]): void {
  const prng = new Prng(WINDOW_SEED);
  const stream = contractTokenStream(files, scorer.tokenizer, STREAM_TOKENS, prng);
  const queryIds = scorer.tokenizer.tokenize(query).ids.slice(0, queryTokenLimit(scorer.maxLength));
  for (const seqLen of ctx.scale.seqLens) {
    if (seqLen > scorer.maxLength) skipped.push(seqLen);
    else out.set(seqLen, pairsOfLength(stream, queryIds, seqLen, ctx.scale.windowsAt(seqLen), prng));
  }
}

/** A new database file per measurement, so the cold call really meets an empty cache. */
async function withFreshCache<T>(ctx: BenchContext, name: string, run: (db: ClauseEngine['db']) => Promise<T>): Promise<T> {
  const engine = ClauseEngine.open(path.join(ctx.workDir, `rerank-cache-${name}.db`));
  try {
    return await run(engine.db);
  } finally {
    engine.close();
  }
}

function summarize(runs: readonly VariantRun[], peakGflops: number, models: BenchModels, info: { windowQuery: string; skipped: number[]; quick: boolean }) {
  const throughputRows = runs.flatMap((r) =>
    r.throughput.map((t) => [r.variant, String(t.seqLen), String(t.windows), fmtMs(t.ms), fmtRate(t.windowsPerSec), fmtGflops(t.gflopPerWindow), fmtGflops(t.gflops), fmtGflops(t.medianBatchGflops), fmtPercentOf(t.medianBatchGflops, peakGflops)]),
  );
  const cacheRows = runs.flatMap((r) =>
    r.cache.map((c, i) => [r.variant, String(i + 1), String(c.candidates), String(c.distinctWindows), fmtMs(c.coldMs), fmtMs(c.hotMs), `${c.cold.cacheMisses} / ${c.hot.cacheHits}`]),
  );
  const at = (variant: ModelVariant) => runs.find((r) => r.variant === variant)?.throughput.find((t) => t.seqLen === HEADLINE_SEQ_LEN)?.medianBatchGflops ?? null;
  const headline = { fp32: at('fp32'), int8: at('int8') };
  const notes = [
    models.describe,
    `F(s) = L·(2·s·(4d² + 2·d·d_ff) + 4·s²·d) counts the encoder's matrix products only (L = 6, d = 384, d_ff = 1536; no embeddings, norms, softmax, GELU or classifier head); GFLOP/s = windows · F(s) / wall time (the sum of the batch times); median batch = ${RERANK_BATCH} · F(s) / the median batch's time, which other work on the machine disturbs less; % of peak = median batch / the FP32 GEMM peak measured in machine-peak (${fmtGflops(peakGflops)} GFLOP/s). int8 does the same multiply-adds in 8-bit integers, so its % can pass 100.`,
    `Windows: [CLS] query [SEP] passage [SEP] of exactly s tokens; query "${info.windowQuery}", passages from random offsets of CUAD contracts tokenised with the model's WordPiece tokenizer; batches of ${RERANK_BATCH}; one untimed batch per length first (onnxruntime's shape warm-up).${info.skipped.length > 0 ? ` s = ${info.skipped.join(', ')} skipped: longer than the model's input.` : ''}${info.quick ? ' --quick: s = 512 skipped, fewer windows.' : ''}`,
    `Re-rank: CrossEncoderReranker.rerank (windows, max-score, batches of ${RERANK_BATCH}, SQLite score cache) over the lexical top ${RERANK_CANDIDATES} CUAD clauses of ${runs[0]?.cache.length === 1 ? 'the first bench query' : `the first ${runs[0]?.cache.length ?? 0} bench queries`}; cold = a fresh cache database, every distinct window scored (misses); hot = the same query again, every score read from the cache (hits); misses / hits = windows the cold call scored with the model / windows the hot call read from the cache; the clause tokenisations stay in memory between the two, as in the app.`,
    `Headline rerank.gflops: ${HEADLINE_VARIANT} at s = ${HEADLINE_SEQ_LEN}, median batch (${fmtGflops(headline[HEADLINE_VARIANT] ?? Number.NaN)} GFLOP/s); fp32 at s = ${HEADLINE_SEQ_LEN}: ${fmtGflops(headline.fp32 ?? Number.NaN)} GFLOP/s.`,
  ];
  const gflops = headline[HEADLINE_VARIANT];
  return {
    tables: [
      { title: 'Scoring windows of s tokens', header: ['variant', 's', 'windows', 'wall', 'windows/s', 'GFLOP/window', 'GFLOP/s', 'median batch', '% of peak'], rows: throughputRows },
      { title: `Re-rank of ${RERANK_CANDIDATES} CUAD candidates: cache miss vs hit`, header: ['variant', 'query', 'candidates', 'distinct windows', 'cold (miss)', 'hot (hit)', 'misses / hits'], rows: cacheRows },
    ],
    notes,
    json: {
      models: { dir: models.dir, generated: models.generated },
      batchSize: RERANK_BATCH,
      windowQuery: info.windowQuery,
      peakGflops,
      throughput: Object.fromEntries(runs.map((r) => [r.variant, r.throughput.map((t) => ({ ...t, percentOfPeak: (100 * t.medianBatchGflops) / peakGflops }))])),
      cache: Object.fromEntries(runs.map((r) => [r.variant, r.cache])),
      rerank: rerankHeadline(gflops, headline, peakGflops),
    },
    topLevel: { rerank: rerankHeadline(gflops, headline, peakGflops) },
  };
}

function rerankHeadline(gflops: number | null, byVariant: Record<'fp32' | 'int8', number | null>, peakGflops: number) {
  return {
    gflops,
    gflopsOf: `${HEADLINE_VARIANT} cross-encoder at s = ${HEADLINE_SEQ_LEN}, batches of ${RERANK_BATCH}, median batch`,
    fp32Gflops: byVariant.fp32,
    int8Gflops: byVariant.int8,
    seqLen: HEADLINE_SEQ_LEN,
    percentOfPeak: gflops === null ? null : (100 * gflops) / peakGflops,
  };
}
