/**
 * Section "machine-peak": the FP32 GEMM rate this machine reaches through onnxruntime,
 * the yardstick the model sections' achieved GFLOP/s are a percentage of.
 */
import { fmtGflops, fmtMs } from './bench-format';
import type { BenchSection } from './bench-section';

export const machinePeakSection: BenchSection = {
  name: 'machine-peak',
  title: 'machine-peak: FP32 GEMM through onnxruntime (one MatMul node)',
  async run(ctx) {
    const peak = await ctx.machinePeak();
    const rows = peak.sizes.map((t) => [`${t.size}×${t.size} · ${t.size}×${t.size}`, fmtGflops(t.gflopPerRun), String(t.runs), fmtMs(t.bestMs), fmtMs(t.medianMs), fmtGflops(t.gflops)]);
    return {
      tables: [{ header: ['GEMM (M×K · K×N)', 'GFLOP/run', 'runs', 'best', 'median', 'GFLOP/s (best)'], rows }],
      notes: [
        `Peak: ${fmtGflops(peak.gflops)} GFLOP/s FP32 with ${peak.threads} intra-op threads (physical cores, as the models run).`,
        `GFLOP/run = 2·M·N·K / 10^9; GFLOP/s from the best run; two untimed warm-up runs per size, then at least ${ctx.scale.peakRuns} timed runs and more until ${ctx.scale.peakMinMs / 1000} s have passed; B is a constant initializer (packed once, like model weights).`,
      ],
      json: { threads: peak.threads, peakGflops: peak.gflops, sizes: peak.sizes },
      topLevel: { machine: { peakGflops: peak.gflops, peakThreads: peak.threads } },
    };
  },
};
