/**
 * Section "quality-latency": what top_n (candidates re-ranked) buys and costs, ACORD
 * nDCG against mean full-mode latency, through the eval's own ACORD runner and engine
 * adapter. Only meaningful with real weights, so it runs only with --models.
 */
import { loadAcord } from '../acord-data';
import { createAcordSetup } from '../engine-adapters';
import { runAcord } from '../run-acord';
import { pct } from '../text-table';
import { firstQueries } from './acord-subset';
import { fmtMs } from './bench-format';
import type { BenchSection } from './bench-section';
import { distribution } from './bench-stats';

export const QUALITY_TOP_NS = [20, 50, 100] as const;

export const NEEDS_REAL_MODELS = 'quality-latency needs real models (npm run bench -- --models DIR): random weights give meaningless nDCG, so it was skipped.';

export const qualityLatencySection: BenchSection = {
  name: 'quality-latency',
  title: 'quality-latency: ACORD nDCG and full-mode latency by top_n',
  async run(ctx) {
    if (ctx.modelsDir === undefined) {
      return { tables: [], notes: [NEEDS_REAL_MODELS], json: { skipped: true, reason: NEEDS_REAL_MODELS } };
    }
    const data = loadAcord(ctx.dataDir);
    const limit = ctx.scale.qualityQueries;
    const evalSet = limit === undefined ? data : firstQueries(data, limit);
    const results = [];
    for (const topN of QUALITY_TOP_NS) {
      const result = await runAcord(createAcordSetup('full', { modelsDir: ctx.modelsDir, topN }), evalSet, { onProgress: ctx.progress(`quality-latency top_n ${topN}`, 'query') });
      const latency = distribution(result.perQuery.map((q) => q.rankMs));
      results.push({
        topN,
        queries: result.perQuery.length,
        ndcg5: 100 * result.overall['ndcg@5'].mean,
        ndcg10: 100 * result.overall['ndcg@10'].mean,
        meanMs: latency.mean,
        p95Ms: latency.p95,
        setupMs: result.timings.setupMs,
      });
    }
    const rows = results.map((r) => [String(r.topN), pct(r.ndcg5, 2), pct(r.ndcg10, 2), fmtMs(r.meanMs), fmtMs(r.p95Ms), String(r.queries)]);
    return {
      tables: [{ header: ['top_n', 'nDCG@5', 'nDCG@10', 'mean latency', 'p95 latency', 'queries'], rows }],
      notes: [
        `Models from ${ctx.modelsDir}; the same runner as npm run eval -- --dataset acord --mode full --models ${ctx.modelsDir}, with top_n varied (topK = top_n, as the eval ranks).`,
        limit === undefined
          ? `nDCG in percent over all ${evalSet.queries.length} ACORD train + valid queries and the whole ${evalSet.corpus.length.toLocaleString('en-US')}-clause corpus, pool protocol (each query ranks only its judged clauses).`
          : `--quick: nDCG in percent over the first ${evalSet.queries.length} ACORD queries, with only the ${evalSet.corpus.length.toLocaleString('en-US')} clauses of their pools indexed (BM25 statistics shift), so not comparable with the eval's figures.`,
        'Latency: wall time of one full-mode search per query (bi-encoder query embedding, exact vector scan over the pool, BM25, RRF, re-rank of top_n candidates, empty score cache); each top_n builds and embeds its own ACORD index first (not timed here).',
      ],
      json: { modelsDir: ctx.modelsDir, quick: ctx.quick, results },
    };
  },
};

