/**
 * Section "scale" (`npm run bench -- --scale 1,4,10`): CUAD copied to each factor (cached
 * between runs, scale-library.ts), then per factor: ingest figures, DB size, the in-memory
 * vector index's build, per-stage latency p50/p95 of lexical and hybrid stage 1 (top_k 10,
 * top_n 100), recall@100 of the vector index against an exact float scan, and reference
 * timings (the old lexical SQL, FTS5 alone with ORDER BY rank LIMIT N, sqlite-vec's kNN as
 * the product used it, a plain exact scan in JS). ACORD train+valid nDCG@5 with the old and
 * the new lexical SQL is measured once in the same run.
 */
import { statSync, existsSync } from 'node:fs';
import os from 'node:os';
import BetterSqlite3 from 'better-sqlite3';
import { sqliteVecExtensionPath } from '../../../native/sqlite-vec-path';
import type { SearchResponse } from '../../../../../shared/api';
import { ClauseEngine, DEFAULT_SETTINGS } from '../../../engine';
import type { Embedder } from '../../../models/types';
import { buildMatchExpression, DEFAULT_LEXICAL_OPTIONS, lexicalSearch } from '../../../search/lexical-search';
import { runPipeline } from '../../../search/pipeline';
import { parseQuery } from '../../../search/query/parse-query';
import { semanticSearch } from '../../../search/semantic-search';
import { currentVectorIndex } from '../../../vectors/vector-index-registry';
import { loadAcord } from '../../acord-data';
import { runAcord } from '../../run-acord';
import type { AcordSetup } from '../../retriever';
import { createAcordSetup } from '../../engine-adapters';
import { fmtMB, fmtMs, fmtRate } from '../bench-format';
import { loadBenchEmbedder } from '../bench-models';
import type { BenchContext } from '../bench-context';
import type { BenchSection, BenchTable } from '../bench-section';
import { distribution, perSecond, type Distribution } from '../bench-stats';
import { loadBenchQueries } from '../bench-queries';
import { ExactFloatScan, ftsRankOnly, legacyLexicalRows } from './reference-stages';
import { defaultScaleCacheDir, ensureScaleLibrary, STAND_IN_DIMENSION, STAND_IN_MODEL_ID, type ScaleLibrary } from './scale-library';
import { ProjectedStandIn } from './projected-stand-in';
import { applyLibrarySettings, LIBRARY_SETTINGS } from '../../../store/library-settings';

const TOP_K = 10;
const TOP_N = 100;
/** Queries timed per mode; the slow references (sqlite-vec, exact JS scan) take the first few. */
const QUERIES = { full: 40, quick: 12 };
const SLOW_REFERENCE_QUERIES = { full: 10, quick: 4 };

export interface ScaleRow {
  factor: number;
  documents: number;
  clauses: number;
  lexicalOnlyMs: { p50: number; p95: number };
  hybridMs: { p50: number; p95: number };
  vectorRecallAt100: number;
}

interface FactorDetail {
  factor: number;
  cached: boolean;
  builtAt: string;
  documents: number;
  clauses: number;
  chunks: number;
  ingestMs: number;
  clausesPerSec: number;
  vectorFillMs: number;
  dbBytes: number;
  indexBuildMs: number;
  indexSimd: boolean;
  stages: Record<string, Distribution>;
  recallAt100: { mean: number; min: number; queries: number };
}

export const scaleSection: BenchSection = {
  name: 'scale',
  title: 'scale: CUAD copied ×N, stage-1 latency per stage, vector recall, references',
  async run(ctx) {
    const factors = ctx.scaleFactors ?? [1];
    const cacheDir = defaultScaleCacheDir();
    const queries = loadBenchQueries(ctx.dataDir).texts;
    const timed = queries.slice(0, ctx.quick ? QUERIES.quick : QUERIES.full);
    const slow = ctx.quick ? SLOW_REFERENCE_QUERIES.quick : SLOW_REFERENCE_QUERIES.full;
    const warmUp = queries[timed.length] ?? 'which party bears the cost of insurance during shipment';
    const models = await ctx.models();
    const onnx = await loadBenchEmbedder(models, 'int8');
    const standIn = new ProjectedStandIn(STAND_IN_DIMENSION);
    // The query costs what the real bi-encoder costs (random-weight MiniLM, int8); its vector is the stand-in's, like the stored ones.
    const embedder: Embedder = {
      modelId: STAND_IN_MODEL_ID,
      dimension: STAND_IN_DIMENSION,
      maxLength: onnx.maxLength,
      tokenizer: onnx.tokenizer,
      device: onnx.device,
      embed: async (texts, signal) => {
        await onnx.embed(texts, signal);
        return texts.map((t) => standIn.embedOne(t));
      },
    };

    const details: FactorDetail[] = [];
    for (const factor of factors) {
      ctx.log(`scale ×${factor}: preparing the library`);
      const library = await ensureScaleLibrary(ctx.dataDir, factor, cacheDir, ctx.log, ctx.progress(`scale ×${factor} ingest`, 'file'));
      details.push(await measureFactor(ctx, library, embedder, standIn, timed, warmUp, slow));
    }
    const largest = factors.reduce((a, b) => Math.max(a, b), 0);
    const settings = await compareSettings(ctx, largest, timed);
    const acord = await acordBeforeAfter(ctx);

    const rows: ScaleRow[] = details.map((d) => ({
      factor: d.factor,
      documents: d.documents,
      clauses: d.clauses,
      lexicalOnlyMs: pick(d.stages['lexicalOnly.totalMs']),
      hybridMs: pick(d.stages['hybrid.totalMs']),
      vectorRecallAt100: d.recallAt100.mean,
    }));
    const tables = [...renderTables(details, acord), settingsTable(largest, settings)];
    return {
      tables,
      notes: [
        `${timed.length} bench queries per mode (ACORD first, then CUAD questions), one untimed warm-up ("${warmUp.slice(0, 50)}") per factor; top_k ${TOP_K}, top_n ${TOP_N}; the slow references over the first ${slow}.`,
        `Libraries: each factor N holds N copies of the 510 CUAD contracts (copy 0 as is; copy n with a first line naming it, company names replaced by names unique to the copy, dollar amounts scaled by 1 + n/10), ingested through the engine and cached under ${cacheDir}; "cached" rows report the ingest measured when the library was built.`,
        'Vectors: NOT from a real model (embedding 500k chunks with MiniLM takes hours on 2 cores). Each chunk gets a dense random projection of its bag of words (a seeded Gaussian direction per word, counts square-rooted) plus one direction shared by all texts (mean cosine between unrelated texts ≈ 0.2, like sentence encoders), so clauses of one kind cluster and copies are near-duplicates; queries are embedded the same way. Query embedding time is that of the random-weight MiniLM-L6 (int8) on the real tokenizer.',
        'hybrid = lexical + embed + semantic + fusion + hydrate (stage 1: what the user sees before any re-rank). semantic = the in-memory int8 index (WebAssembly SIMD); "sqlite-vec kNN" is the semantic stage as it was (vec0, k = 400 chunks); "exact JS scan" is a plain float loop over the same vectors, best chunk per clause.',
        'recall@100 = share of the exact float scan\'s top 100 clauses that the index returns in its top 100 (mean and worst query).',
        'ACORD pools are filtered searches, which take the exact path (SQL over the pool\'s chunks), so the vector index cannot change ACORD figures; its effect on quality is the recall column.',
        `SQLite settings on every connection: ${Object.entries(LIBRARY_SETTINGS).map(([k, v]) => `${k} = ${v}`).join(', ')} (store/library-settings.ts); the settings table times the lexical stage (top 100) at ${largest}× on one connection per variant, variants interleaved per query so machine load hits each alike.`,
        `Load average when the section ended: ${os.loadavg().map((l) => l.toFixed(1)).join(', ')} (1, 5, 15 min) on ${os.cpus().length} cores; every figure is wall time on this shared machine.`,
      ],
      json: { factors: details, acord, settings: { factor: largest, variants: settings }, queries: timed.length, slowReferenceQueries: slow, cacheDir, topK: TOP_K, topN: TOP_N },
      topLevelValues: { scale: rows },
    };
  },
};

function pick(d: Distribution | undefined): { p50: number; p95: number } {
  return { p50: d?.p50 ?? Number.NaN, p95: d?.p95 ?? Number.NaN };
}

async function measureFactor(
  ctx: BenchContext,
  library: ScaleLibrary,
  embedder: Embedder,
  standIn: ProjectedStandIn,
  queries: readonly string[],
  warmUp: string,
  slow: number,
): Promise<FactorDetail> {
  const { manifest } = library;
  const engine = ClauseEngine.open(library.dbFile);
  try {
    const db = engine.db;
    applyLibrarySettings(db);
    const models = { embedder, reranker: null };
    const settings = { ...DEFAULT_SETTINGS, topK: TOP_K, topN: TOP_N };
    const request = (query: string, mode: 'lexical' | 'hybrid') => ({ query, mode, settings, lexical: DEFAULT_LEXICAL_OPTIONS });
    const buildStarted = performance.now();
    const index = currentVectorIndex(db);
    const indexBuildMs = performance.now() - buildStarted;
    await runPipeline(db, models, request(warmUp, 'lexical'));
    await runPipeline(db, models, request(warmUp, 'hybrid'));

    const samples: Record<string, number[]> = {};
    const add = (key: string, ms: number | undefined) => {
      if (ms !== undefined) (samples[key] ??= []).push(ms);
    };
    const report = ctx.progress(`scale ×${manifest.factor} queries`, 'query');
    for (const [i, q] of queries.entries()) {
      const lexical: SearchResponse = await runPipeline(db, models, request(q, 'lexical'));
      add('lexicalOnly.lexicalMs', lexical.timings.lexicalMs);
      add('lexicalOnly.hydrateMs', lexical.timings.hydrateMs);
      add('lexicalOnly.totalMs', lexical.timings.totalMs);
      const hybrid = await runPipeline(db, models, request(q, 'hybrid'));
      for (const key of ['lexicalMs', 'embedQueryMs', 'semanticMs', 'fusionMs', 'hydrateMs', 'totalMs']) add(`hybrid.${key}`, hybrid.timings[key]);
      const match = buildMatchExpression(parseQuery(q), DEFAULT_LEXICAL_OPTIONS);
      let t = performance.now();
      legacyLexicalRows(db, match, TOP_N, DEFAULT_LEXICAL_OPTIONS);
      add('reference.lexicalJoinSortMs', performance.now() - t);
      t = performance.now();
      ftsRankOnly(db, match, TOP_N);
      add('reference.ftsRankLimitMs', performance.now() - t);
      t = performance.now();
      lexicalSearch(db, parseQuery(q), TOP_N);
      add('lexical.top100Ms', performance.now() - t);
      report(i + 1, queries.length);
    }

    // Recall and the slow references: the exact float scan holds every vector as floats (1.5 KB each), so it lives only here.
    ctx.log(`scale ×${manifest.factor}: reading ${manifest.chunks.toLocaleString('en-US')} vectors for the exact scan`);
    const exact = new ExactFloatScan(db, STAND_IN_DIMENSION);
    const recalls: number[] = [];
    for (const [i, q] of queries.entries()) {
      const vector = standIn.embedOne(q);
      let t = performance.now();
      const truth = exact.search(vector, TOP_N);
      if (i < slow) add('reference.exactJsScanMs', performance.now() - t);
      t = performance.now();
      const got = semanticSearch(db, { modelId: STAND_IN_MODEL_ID, vector }, TOP_N);
      add('semantic.indexTop100Ms', performance.now() - t);
      const truthSet = new Set(truth);
      recalls.push(got.filter((h) => truthSet.has(h.clauseId)).length / Math.max(1, truth.length));
      if (i < slow) {
        t = performance.now();
        semanticSearch(db, { modelId: STAND_IN_MODEL_ID, vector }, TOP_N, {}, { backend: 'sqlite-vec' });
        add('reference.sqliteVecKnnMs', performance.now() - t);
      }
    }
    const stages = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, distribution(v)]));
    return {
      factor: manifest.factor,
      cached: library.cached,
      builtAt: manifest.builtAt,
      documents: manifest.documents,
      clauses: manifest.clauses,
      chunks: manifest.chunks,
      ingestMs: manifest.ingestMs,
      clausesPerSec: perSecond(manifest.clauses, manifest.ingestMs),
      vectorFillMs: manifest.vectorFillMs,
      dbBytes: databaseBytes(library.dbFile),
      indexBuildMs,
      indexSimd: index?.simd ?? false,
      stages,
      recallAt100: { mean: recalls.reduce((s, r) => s + r, 0) / Math.max(1, recalls.length), min: Math.min(...recalls), queries: recalls.length },
    };
  } finally {
    engine.close();
  }
}

function databaseBytes(file: string): number {
  return ['', '-wal'].reduce((s, suffix) => s + (existsSync(file + suffix) ? statSync(file + suffix).size : 0), 0);
}

interface AcordBeforeAfter {
  legacyNdcg5: number;
  currentNdcg5: number;
  queries: number;
}

/** ACORD train+valid nDCG@5, lexical stage, with the old SQL and with the current one, in this run. */
async function acordBeforeAfter(ctx: BenchContext): Promise<AcordBeforeAfter> {
  const data = loadAcord(ctx.dataDir);
  const current = await runAcord(createAcordSetup('lexical', {}), data);
  const legacy = await runAcord(legacyAcordSetup(), data);
  return { legacyNdcg5: legacy.overall['ndcg@5'].mean, currentNdcg5: current.overall['ndcg@5'].mean, queries: current.overall['ndcg@5'].queries };
}

/** The ACORD setup with the pre-change lexical SQL: clauses stored as the engine stores them, each pool ranked by legacyLexicalRows. */
function legacyAcordSetup(): AcordSetup {
  return async (corpus) => {
    const engine = ClauseEngine.open(':memory:');
    const ids = new Map<string, number>();
    const external = new Map<number, string>();
    engine.db.transaction(() => {
      for (const entry of corpus) {
        const documentId = engine.addPresegmentedDocument({
          path: `acord:${entry.id}`,
          title: entry.id,
          text: entry.text,
          clauses: [{ number: null, heading: null, path: [], level: 0, pageStart: 1, pageEnd: 1, charStart: 0, charEnd: entry.text.length, chunks: [{ charStart: 0, charEnd: entry.text.length }] }],
        });
        const clauseId = engine.db.prepare('SELECT id FROM clauses WHERE document_id = ?').pluck().get(documentId) as number;
        ids.set(entry.id, clauseId);
        external.set(clauseId, entry.id);
      }
    })();
    return {
      async rankPool(query, poolIds) {
        const pool = poolIds.map((id) => ids.get(id)).filter((id): id is number => id !== undefined);
        const match = buildMatchExpression(parseQuery(query), DEFAULT_LEXICAL_OPTIONS);
        const ranked = legacyLexicalRows(engine.db, match, pool.length, DEFAULT_LEXICAL_OPTIONS, { clauseIds: pool }).map((h) => external.get(h.clauseId)!);
        const seen = new Set(ranked);
        return [...ranked, ...poolIds.filter((id) => !seen.has(id))];
      },
      close: () => engine.close(),
    };
  };
}

function renderTables(details: readonly FactorDetail[], acord: AcordBeforeAfter): BenchTable[] {
  const n = (x: number) => x.toLocaleString('en-US');
  const ms = (d: FactorDetail, key: string, q: 'p50' | 'p95') => (d.stages[key] ? fmtMs(d.stages[key]![q]) : '-');
  const stageKeys: Array<[string, string]> = [
    ['lexical-only total', 'lexicalOnly.totalMs'],
    ['  lexical (FTS5)', 'lexicalOnly.lexicalMs'],
    ['  hydrate', 'lexicalOnly.hydrateMs'],
    ['hybrid stage-1 total', 'hybrid.totalMs'],
    ['  lexical (top 100)', 'hybrid.lexicalMs'],
    ['  embed query', 'hybrid.embedQueryMs'],
    ['  semantic (index)', 'hybrid.semanticMs'],
    ['  fusion', 'hybrid.fusionMs'],
    ['  hydrate', 'hybrid.hydrateMs'],
    ['ref: lexical, old SQL (join + sort all)', 'reference.lexicalJoinSortMs'],
    ['ref: FTS5 ORDER BY rank LIMIT 100', 'reference.ftsRankLimitMs'],
    ['ref: sqlite-vec kNN (old semantic)', 'reference.sqliteVecKnnMs'],
    ['ref: exact JS float scan', 'reference.exactJsScanMs'],
  ];
  const first = details[0];
  const last = details[details.length - 1];
  const ratio = (key: string) => (first && last && first !== last && first.stages[key] && last.stages[key] ? `${(last.stages[key]!.p50 / first.stages[key]!.p50).toFixed(2)}×` : '-');
  return [
    {
      title: 'Libraries',
      header: ['factor', 'documents', 'clauses', 'chunks', 'ingest', 'clauses/s', 'vector fill', 'DB size', 'index build', 'recall@100 mean', 'min'],
      rows: details.map((d) => [
        `${d.factor}×${d.cached ? ' (cached)' : ''}`,
        n(d.documents),
        n(d.clauses),
        n(d.chunks),
        fmtMs(d.ingestMs),
        fmtRate(d.clausesPerSec),
        fmtMs(d.vectorFillMs),
        fmtMB(d.dbBytes),
        `${fmtMs(d.indexBuildMs)}${d.indexSimd ? '' : ' (no SIMD)'}`,
        d.recallAt100.mean.toFixed(4),
        d.recallAt100.min.toFixed(2),
      ]),
    },
    {
      title: `Per stage, ms (p50 / p95)${first && last && first !== last ? `; ratio = p50 at ${last.factor}× ÷ p50 at ${first.factor}×` : ''}`,
      header: ['stage', ...details.map((d) => `${d.factor}× p50`), ...details.map((d) => `${d.factor}× p95`), 'ratio'],
      rows: stageKeys.map(([label, key]) => [label, ...details.map((d) => ms(d, key, 'p50')), ...details.map((d) => ms(d, key, 'p95')), ratio(key)]),
    },
    {
      title: 'ACORD train+valid nDCG@5, lexical stage, same run',
      header: ['lexical SQL', 'nDCG@5', 'queries'],
      rows: [
        ['before: join + sort all matches', (acord.legacyNdcg5 * 100).toFixed(2), String(acord.queries)],
        ['after: top N inside FTS5', (acord.currentNdcg5 * 100).toFixed(2), String(acord.queries)],
      ],
    },
  ];
}

const SETTINGS_VARIANTS: Record<string, string[]> = {
  'SQLite defaults (2 MB cache, no mmap)': [],
  'cache_size 64 MiB (chosen)': ['cache_size = -65536'],
  'cache_size 64 MiB + mmap_size 1 GiB': ['cache_size = -65536', 'mmap_size = 1073741824'],
};

/** Lexical top-100 latency at one factor under each settings variant, interleaved per query. */
async function compareSettings(ctx: BenchContext, factor: number, queries: readonly string[]): Promise<Record<string, Distribution>> {
  const library = await ensureScaleLibrary(ctx.dataDir, factor, defaultScaleCacheDir(), ctx.log);
  const connections = Object.entries(SETTINGS_VARIANTS).map(([name, pragmas]) => {
    const db = new BetterSqlite3(library.dbFile, { readonly: true });
    db.loadExtension(sqliteVecExtensionPath());
    for (const p of pragmas) db.pragma(p);
    return { name, db, times: [] as number[] };
  });
  try {
    for (const q of queries) {
      const parsed = parseQuery(q);
      for (const c of connections) {
        lexicalSearch(c.db, parsed, TOP_N); // each connection's own cache warmed by the same query
        const t = performance.now();
        lexicalSearch(c.db, parsed, TOP_N);
        c.times.push(performance.now() - t);
      }
    }
    return Object.fromEntries(connections.map((c) => [c.name, distribution(c.times)]));
  } finally {
    for (const c of connections) c.db.close();
  }
}

function settingsTable(factor: number, settings: Record<string, Distribution>): BenchTable {
  return {
    title: `SQLite settings, lexical top 100 at ${factor}×`,
    header: ['settings', 'p50', 'p95'],
    rows: Object.entries(settings).map(([name, d]) => [name, fmtMs(d.p50), fmtMs(d.p95)]),
  };
}
