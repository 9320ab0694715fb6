/**
 * The two small retriever shapes the benchmark runners are written against. The
 * engine implements them (see engine-adapters.ts); tests pass fakes.
 */

/** Orders a fixed pool of clause ids for a query (the ACORD protocol ranks only judged clauses). */
export interface PoolRanker {
  /** Pool ids best-first: a permutation or a prefix of `poolIds`. */
  rankPool(query: string, poolIds: string[]): Promise<string[]>;
}

/** A retrieved character span, [charStart, charEnd) in the document's text. */
export interface SpanHit {
  /** Relative to the corpus root, e.g. "cuad/X.txt" or "privacy_qa/Fiverr.txt". */
  filePath: string;
  charStart: number;
  charEnd: number;
}

/** Free retrieval over whole documents, scored at character level (LegalBench-RAG). */
export interface SpanRetriever {
  /** Best-first, at most k hits. */
  retrieve(query: string, k: number): Promise<SpanHit[]>;
}

/** Something the runner must release when it is done (a database, model sessions). */
export interface Closable {
  close?(): void;
}

export interface AcordCorpusEntry {
  id: string;
  text: string;
}

export interface LegalBenchDoc {
  /** The benchmark's own name for the file, e.g. "cuad/X.txt". */
  filePath: string;
  /** Where the text lies on this machine. */
  absPath: string;
}

/** Builds a ranker over the whole ACORD corpus (one entry per clause). */
export interface AcordSetup {
  (corpus: AcordCorpusEntry[]): Promise<PoolRanker & Closable>;
}

/** Ingests the benchmark's documents whole and returns a retriever over them. */
export interface LegalBenchSetup {
  (docs: LegalBenchDoc[]): Promise<SpanRetriever & Closable>;
}

/** Retrieval configurations of the engine; the eval CLI's `--mode`. */
export type EvalMode = 'lexical' | 'hybrid' | 'full';

export interface EngineSetupOptions {
  /** Folder holding the ONNX models; modes without models ignore it. */
  modelsDir?: string;
}
