/** The bench, in running order; model stages join as further sections. */
import type { BenchSection } from './bench-section';
import { lexicalQuerySection } from './lexical-query-section';
import { pdfIngestSection } from './pdf-ingest-section';
import { txtIngestSection } from './txt-ingest-section';

export const BENCH_SECTIONS: readonly BenchSection[] = [pdfIngestSection, txtIngestSection, lexicalQuerySection];
