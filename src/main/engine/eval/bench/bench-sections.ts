/** The bench, in running order: the lexical stages, then the model stages of DESIGN.md's cost section. */
import type { BenchSection } from './bench-section';
import { embeddingIngestSection } from './embedding-ingest-section';
import { gridSection } from './grid-section';
import { lexicalQuerySection } from './lexical-query-section';
import { machinePeakSection } from './machine-peak-section';
import { pdfIngestSection } from './pdf-ingest-section';
import { qualityLatencySection } from './quality-latency-section';
import { queryLatencySection } from './query-latency-section';
import { rerankThroughputSection } from './rerank-throughput-section';
import { txtIngestSection } from './txt-ingest-section';
import { formatsIngestSection } from './formats-ingest-section';
import { encryptionSection } from './encryption-section';
import { scaleSection } from './scale/scale-section';
import { cliStartupSection } from './cli-startup-section';

export const BENCH_SECTIONS: readonly BenchSection[] = [
  pdfIngestSection,
  txtIngestSection,
  formatsIngestSection,
  encryptionSection,
  lexicalQuerySection,
  gridSection,
  machinePeakSection,
  rerankThroughputSection,
  embeddingIngestSection,
  // Loads the models into the shared CUAD database, so it comes after every section that searches it lexically.
  queryLatencySection,
  qualityLatencySection,
  cliStartupSection,
  // Only with --scale (bench-main picks it alone then).
  scaleSection,
];
