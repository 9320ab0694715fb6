/**
 * Section "lexical-query": stage-1 latency on the CUAD database. Each query runs once
 * untimed (SQLite page cache, prepared statements) and once timed, through the public
 * search() and through rankLexical() with the re-ranker's candidate depth.
 */
import { DEFAULT_TOP_N } from '../../engine';
import { fmtMs } from './bench-format';
import type { BenchSection } from './bench-section';
import { distribution, type Distribution } from './bench-stats';
import { loadBenchQueries } from './bench-queries';

const TOP_K = 10;

export const lexicalQuerySection: BenchSection = {
  name: 'lexical-query',
  title: 'lexical-query: FTS5 search on the CUAD database',
  async run(ctx) {
    const queries = loadBenchQueries(ctx.dataDir);
    const { engine, files } = await ctx.cuadCorpus();
    const lexical: number[] = [];
    const hydrate: number[] = [];
    const total: number[] = [];
    const rank: number[] = [];
    let emptyResults = 0;
    const report = ctx.progress('lexical-query', 'query');
    for (const [i, q] of queries.texts.entries()) {
      (await engine.search(q, { topK: TOP_K }));
      const { timings, results } = (await engine.search(q, { topK: TOP_K }));
      lexical.push(timings.lexicalMs);
      hydrate.push(timings.hydrateMs);
      total.push(timings.totalMs);
      if (results.length === 0) emptyResults++;
      engine.rankLexical(q, DEFAULT_TOP_N);
      const started = performance.now();
      engine.rankLexical(q, DEFAULT_TOP_N);
      rank.push(performance.now() - started);
      report(i + 1, queries.texts.length);
    }
    const stats: Record<string, Distribution> = {
      'search.lexicalMs': distribution(lexical),
      'search.hydrateMs': distribution(hydrate),
      'search.totalMs': distribution(total),
      [`rankLexical(${DEFAULT_TOP_N}).ms`]: distribution(rank),
    };
    const rows = Object.entries(stats).map(([name, d]) => [name, String(d.n), fmtMs(d.p50), fmtMs(d.p95), fmtMs(d.max), fmtMs(d.mean)]);
    return {
      tables: [{ header: ['timing', 'n', 'p50', 'p95', 'max', 'mean'], rows }],
      notes: [
        `${queries.texts.length} queries (${queries.acord} ACORD + ${queries.cuad} distinct CUAD questions) over ${files.length} CUAD contracts; search() with topK ${TOP_K}; one untimed warm-up call per query before each timed one.`,
        ...(emptyResults > 0 ? [`${emptyResults} queries found nothing.`] : []),
      ],
      json: { queries: queries.texts.length, acordQueries: queries.acord, cuadQuestions: queries.cuad, documents: files.length, topK: TOP_K, rankLimit: DEFAULT_TOP_N, emptyResults, stats },
    };
  },
};
