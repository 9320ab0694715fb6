/**
 * The unit the bench is built from: a named section that measures one thing and hands
 * back tables for the terminal and a JSON object for `--out`. New stages (embedding,
 * re-ranking) are new sections appended to the list in bench-sections.ts.
 */
import type { BenchContext } from './bench-context';

export interface BenchTable {
  title?: string;
  header: string[];
  rows: string[][];
}

export interface SectionOutput {
  tables: BenchTable[];
  /** Plain sentences printed under the tables: warm-up, units, caveats. */
  notes: string[];
  json: Record<string, unknown>;
  /**
   * Headline figures merged into the top-level JSON object of the same name, so readers
   * find them without knowing which section measured them (machine.peakGflops, rerank.gflops).
   */
  topLevel?: Record<string, Record<string, unknown>>;
  /** Values placed at the top level of the JSON as they are (the scale section's `scale` array). */
  topLevelValues?: Record<string, unknown>;
}

export interface BenchSection {
  /** The key under `sections` in the JSON. */
  name: string;
  title: string;
  run(ctx: BenchContext): Promise<SectionOutput>;
}
