/**
 * Entry point of `npm run bench` (tsx src/main/engine/eval/run-bench.ts [options]); see
 * bench/bench-args.ts for the options and bench/bench-sections.ts for what is measured.
 */
import { runBenchCli } from './bench/bench-main';
import { runAsScript } from './run-main';

runAsScript(() =>
  runBenchCli(process.argv.slice(2), {
    loadSections: async () => (await import('./bench/bench-sections')).BENCH_SECTIONS,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stderrIsTTY: process.stderr.isTTY === true,
  }),
);
