/** The re-ranker's inputs and outputs; the names follow sentence-transformers' CrossEncoder.rank. */

/** One candidate clause from stage 1, in stage-1 order. */
export interface RerankDocument {
  /** The clause id; returned as `corpusId`. */
  id: number;
  text: string;
  /** Where the clause starts in its document's text, so the winning window can be shown in place. */
  charStart?: number;
}

/** What the result trace shows about stage 2 for one clause. */
export interface RerankTrace {
  /** sigmoid(max over windows of the logit), in [0, 1]. */
  rerankScore: number;
  /** The winning window, [start, end) characters in the clause text. */
  windowStart: number;
  windowEnd: number;
  /** The winning window in the document's text; null when the document's `charStart` was not given. */
  documentWindowStart: number | null;
  documentWindowEnd: number | null;
  /** How many windows the clause was split into. */
  windows: number;
}

export interface RankedClause {
  corpusId: number;
  /** Position in the input list: the stage-1 rank minus one, also the tie-break. */
  index: number;
  score: number;
  trace: RerankTrace;
}

/** Work done for one query; the cache counts are over distinct windows. */
export interface RerankStats {
  candidates: number;
  windows: number;
  distinctWindows: number;
  cacheHits: number;
  cacheMisses: number;
  batches: number;
  /** Clauses whose tokens came from the in-memory tokenisation cache. */
  tokenizationHits: number;
}

export interface RerankOutcome {
  results: RankedClause[];
  stats: RerankStats;
}

export interface RankOptions {
  /** How many results to return; all candidates when left out. */
  topK?: number;
  /** Aborting rejects the call with an AbortError between scoring batches. */
  signal?: AbortSignal;
}
