/**
 * How much work the model sections do, full run or --quick. Sized for a 2-core laptop
 * CPU: one MiniLM window of 256 tokens takes 20–60 ms there (int8), so a full-mode query
 * over 100 candidates costs seconds and the query count is what sets the bench's length.
 * The full run stays near 10 minutes, --quick under 3.
 */
export interface BenchScale {
  /** Square GEMM sizes (M = N = K) for the machine peak; timed runs of each: at least peakRuns, and for at least peakMinMs (best counts). */
  peakSizes: number[];
  peakRuns: number;
  peakMinMs: number;
  /** Cross-encoder sequence lengths s (special tokens included) and windows scored at each. */
  seqLens: number[];
  windowsAt(seqLen: number): number;
  /** Queries whose 100 CUAD candidates are re-ranked cold then hot, per weight variant. */
  cacheQueries: number;
  /** The embedding subset: the first CUAD files (sorted by name) holding at least this many chunks. */
  embedChunks: number;
  /** Queries timed per mode in query-latency. */
  latencyQueries: number;
  /** ACORD queries in quality-latency; undefined = all. */
  qualityQueries: number | undefined;
}

/** Model windows per model call, as the re-ranker sends them (DEFAULT_RERANK_BATCH_SIZE). */
export const RERANK_BATCH = 16;
/** Candidates handed to the re-ranker, the product default (DEFAULT_TOP_N). */
export const RERANK_CANDIDATES = 100;

const FULL: BenchScale = {
  peakSizes: [1024, 2048],
  peakRuns: 10,
  peakMinMs: 3000,
  seqLens: [128, 256, 512],
  windowsAt: (s) => (s <= 128 ? 96 : s <= 256 ? 64 : 32),
  cacheQueries: 3,
  embedChunks: 300,
  latencyQueries: 50,
  qualityQueries: undefined,
};

const QUICK: BenchScale = {
  peakSizes: [1024, 2048],
  peakRuns: 5,
  peakMinMs: 1500,
  seqLens: [128, 256],
  windowsAt: () => 16,
  cacheQueries: 1,
  embedChunks: 64,
  latencyQueries: 8,
  qualityQueries: 10,
};

export function benchScale(quick: boolean): BenchScale {
  return quick ? QUICK : FULL;
}
