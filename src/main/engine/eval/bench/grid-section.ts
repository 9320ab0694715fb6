/**
 * Section "grid": the review grid over the CUAD database in lexical mode, every ready
 * contract × every visible clause type: once cold (nothing cached) and once from the cell
 * cache, with cells per second, and what a 1,000-contract grid costs at the cold rate.
 */
import type { BenchSection } from './bench-section';
import { fmtMs } from './bench-format';

const PROJECTED_CONTRACTS = 1000;

export const gridSection: BenchSection = {
  name: 'grid',
  title: 'grid: review grid, contracts × clause types (lexical)',
  async run(ctx) {
    const { engine } = await ctx.cuadCorpus();
    const report = ctx.progress('grid', 'column');
    // Start cold even when an earlier run left cells in a kept database.
    engine.db.prepare('DELETE FROM review_cells').run();
    let started = performance.now();
    const cold = await engine.review.computeGrid({}, { onProgress: (p) => report(p.typesDone, p.typeCount) });
    const coldMs = performance.now() - started;
    started = performance.now();
    const cached = await engine.review.computeGrid({});
    const cachedMs = performance.now() - started;
    const cells = cold.rows.length * cold.types.length;
    const coldRate = cells / (coldMs / 1000);
    const cachedRate = cells / (cachedMs / 1000);
    const projectedMs = ((PROJECTED_CONTRACTS * cold.types.length) / coldRate) * 1000;
    return {
      tables: [
        {
          header: ['run', 'contracts', 'types', 'cells', 'from cache', 'time', 'cells/s'],
          rows: [
            ['cold', String(cold.rows.length), String(cold.types.length), String(cells), String(cold.cachedCells), fmtMs(coldMs), coldRate.toFixed(0)],
            ['cached', String(cached.rows.length), String(cached.types.length), String(cells), String(cached.cachedCells), fmtMs(cachedMs), cachedRate.toFixed(0)],
          ],
        },
      ],
      notes: [
        `Each column is one FTS5 pass over the whole index; cold = no cached cells, cached = the same grid again (cells read from review_cells and hydrated).`,
        `At the cold rate, ${PROJECTED_CONTRACTS} contracts × ${cold.types.length} types would take about ${fmtMs(projectedMs)} (linear estimate; an FTS5 pass grows with the index).`,
        'Hybrid and full modes are not used by the grid yet: its cells are ranked lexically.',
      ],
      json: { contracts: cold.rows.length, types: cold.types.length, cells, coldMs, cachedMs, coldCellsPerSecond: coldRate, cachedCellsPerSecond: cachedRate, projected1000Ms: projectedMs },
      topLevel: { grid: { coldMs, cachedMs, coldCellsPerSecond: coldRate, cachedCellsPerSecond: cachedRate } },
    };
  },
};
