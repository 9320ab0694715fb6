/**
 * This machine's FP32 GEMM peak, measured with the same onnxruntime build, CPU provider
 * and intra-op thread count the models run with, so "% of peak" compares like with like.
 * Each size runs a few untimed warm-up products, then timed ones: at least `runs`, and
 * more until `minMs` has passed, since a laptop's other work lands on some runs. The best
 * run counts: a GEMM peak is what the hardware does when nothing interrupts it.
 */
import { physicalCores } from '../../models';
import { loadOrt } from '../../models/ort-runtime';
import { gemmFlops, gflopsPerSecond } from './encoder-flops';
import { median } from './bench-stats';
import { matmulModelBytes, normalValues } from './matmul-model';

const WARM_UP_RUNS = 2;
/** A bound on the extra runs a tiny GEMM would get from the time rule. */
const MAX_RUNS = 500;

export interface GemmTiming {
  /** M = N = K. */
  size: number;
  gflopPerRun: number;
  runs: number;
  bestMs: number;
  medianMs: number;
  /** 2·M·N·K / best run. */
  gflops: number;
}

export interface MachinePeak {
  /** The best GFLOP/s over all sizes. */
  gflops: number;
  threads: number;
  sizes: GemmTiming[];
}

export interface PeakOptions {
  sizes: readonly number[];
  runs: number;
  minMs: number;
  threads?: number;
}

export async function measureMachinePeak({ sizes, runs, minMs, threads = physicalCores() }: PeakOptions): Promise<MachinePeak> {
  const timings: GemmTiming[] = [];
  for (const size of sizes) timings.push(await timeGemm(size, runs, minMs, threads));
  return { gflops: Math.max(...timings.map((t) => t.gflops)), threads, sizes: timings };
}

async function timeGemm(size: number, runs: number, minMs: number, threads: number): Promise<GemmTiming> {
  const ort = await loadOrt();
  // The CPU settings of models/session.ts: one intra-op pool of `threads`, nothing in parallel beside it.
  const session = await ort.InferenceSession.create(matmulModelBytes(size, size, size), {
    executionProviders: ['cpu'],
    graphOptimizationLevel: 'all',
    intraOpNumThreads: threads,
    interOpNumThreads: 1,
    executionMode: 'sequential',
    logSeverityLevel: 3,
  });
  try {
    const feeds = { A: new ort.Tensor('float32', normalValues(size * size), [size, size]) };
    for (let i = 0; i < WARM_UP_RUNS; i++) await session.run(feeds);
    const times: number[] = [];
    const began = performance.now();
    while (times.length < MAX_RUNS && (times.length < runs || performance.now() - began < minMs)) {
      const started = performance.now();
      await session.run(feeds);
      times.push(performance.now() - started);
    }
    const flops = gemmFlops(size, size, size);
    const bestMs = Math.min(...times);
    return { size, gflopPerRun: flops / 1e9, runs: times.length, bestMs, medianMs: median(times), gflops: gflopsPerSecond(flops, bestMs) };
  } finally {
    await session.release();
  }
}
