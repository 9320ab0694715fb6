/**
 * One engine ingest with its wall time and a per-file split. The split comes from the
 * ingest's own progress events (one as each file starts), so the files go through a
 * single `ingest()` call exactly as the app sends them, not one call per file.
 */
import type { IngestFileResult } from '../../../../shared/api';
import type { ClauseEngine } from '../../engine';

export interface TimedFile {
  path: string;
  outcome: IngestFileResult['outcome'];
  pages: number;
  clauses: number;
  ms: number;
  error: string | null;
}

export interface TimedIngest {
  totalMs: number;
  files: TimedFile[];
}

export async function timedIngest(engine: ClauseEngine, paths: readonly string[], onFile?: (done: number, total: number) => void): Promise<TimedIngest> {
  const starts: number[] = [];
  const started = performance.now();
  const results = await engine.ingest(paths, {
    onProgress: (p) => {
      starts[p.fileIndex] = performance.now();
      if (p.fileIndex > 0) onFile?.(p.fileIndex, p.fileCount);
    },
  });
  const ended = performance.now();
  onFile?.(results.length, results.length);
  return { totalMs: ended - started, files: results.map((r, i) => toTimedFile(r, (starts[i + 1] ?? ended) - (starts[i] ?? started))) };
}

function toTimedFile(r: IngestFileResult, ms: number): TimedFile {
  return { path: r.path, outcome: r.outcome, pages: r.pages, clauses: r.clauses, ms, error: r.error };
}

/** How many files ended in each outcome, keys sorted so the JSON and the note read the same every run. */
export function outcomeCounts(files: ReadonlyArray<{ outcome: string }>): Record<string, number> {
  const counts = new Map<string, number>();
  for (const f of files) counts.set(f.outcome, (counts.get(f.outcome) ?? 0) + 1);
  return Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** "509 ingested, 1 duplicate". */
export function describeOutcomes(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([outcome, n]) => `${n} ${outcome}`)
    .join(', ');
}
