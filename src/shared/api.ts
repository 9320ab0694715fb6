/**
 * The contract between the engine and its callers (CLI, Electron main, renderer).
 * Plain data only: everything here must survive structured cloning.
 */

export type DocumentStatus = 'ready' | 'failed';

export interface DocumentSummary {
  id: number;
  sha256: string;
  path: string;
  title: string;
  pageCount: number;
  clauseCount: number;
  status: DocumentStatus;
  /** Model windows (chunks) in the document, and how many have an embedding yet. */
  chunkCount: number;
  embeddedChunks: number;
  /** Why the document failed, as one sentence; null when ready. */
  error: string | null;
  ingestedAt: string;
  /** Sentences to show with the document: unaccepted tracked changes, OCR and scan quality, a missing file. */
  notes?: string[];
  /** The parties the first page names ("A Ltd / B plc"), shown beside the title; null when none were found. */
  parties?: string | null;
}

export interface Clause {
  id: number;
  documentId: number;
  ordinal: number;
  /** The contract's own number: "5.2", "(a)", "IV"; null for unnumbered paragraphs. */
  number: string | null;
  heading: string | null;
  /** Hierarchy of numbers from the outermost clause down to this one, e.g. ["12", "12.3", "(b)"]. */
  path: string[];
  pageStart: number;
  pageEnd: number;
  /** Offsets into the document's full text, [charStart, charEnd). */
  charStart: number;
  charEnd: number;
  text: string;
}

export interface ClauseWithDocument extends Clause {
  documentTitle: string;
  documentPath: string;
  /** Printed page numbers of the first and last page ("83", "iv"); null where none can be trusted (see shared/page-citation.ts). */
  printedPageStart?: string | null;
  printedPageEnd?: string | null;
  /** The source file's sha256, for provenance. */
  documentSha256?: string;
}

export interface ClauseContext {
  clause: ClauseWithDocument;
  before: Clause[];
  after: Clause[];
}

export type SearchMode = 'lexical' | 'hybrid' | 'full';

export interface SearchOptions {
  topK?: number;
  topN?: number;
  mode?: SearchMode;
  /** Restrict to these documents. */
  documentIds?: number[];
  /** false: never scope the query to a contract it names (the app's removed scope chip). */
  autoScope?: boolean;
}

export interface StageTrace {
  lexicalRank: number | null;
  lexicalScore: number | null;
  semanticRank: number | null;
  semanticDistance: number | null;
  fusedRank: number | null;
  fusedScore: number | null;
  rerankScore: number | null;
  /** The re-ranker's best window, [start, end) in the clause text. */
  rerankWindow: [number, number] | null;
}

export interface SearchResult {
  rank: number;
  score: number;
  documentId: number;
  documentTitle: string;
  documentPath: string;
  clauseId: number;
  clauseNumber: string | null;
  heading: string | null;
  pageStart: number;
  pageEnd: number;
  charStart: number;
  charEnd: number;
  /** Printed page numbers of the first and last page ("83", "iv"); null where none can be trusted (see shared/page-citation.ts). */
  printedPageStart?: string | null;
  printedPageEnd?: string | null;
  text: string;
  /** The clause's hierarchy of numbers (["7", "7.2", "(b)"]) and its parent clause's heading, to name it in full. */
  clausePath?: string[];
  parentHeading?: string | null;
  /** Matched spans relative to `text`, [start, end), for highlighting. */
  matches: Array<[number, number]>;
  stages: StageTrace;
}

export interface SearchResponse {
  query: string;
  mode: SearchMode;
  /** 'stage1' for the early list shown while re-ranking runs, 'final' otherwise. */
  phase: 'stage1' | 'final';
  results: SearchResult[];
  /** Milliseconds per stage: lexicalMs, embedQueryMs, semanticMs, fusionMs, rerankMs, hydrateMs, totalMs. */
  timings: Record<string, number>;
  /** Re-rank cache hits and misses (distinct windows), when the re-ranker ran. */
  rerank?: { windows: number; cacheHits: number; cacheMisses: number };
  /** Set when the query named a contract and was answered inside it. */
  scope?: SearchScope;
}

/** A query's automatic scope: which contracts, the words that named them, and why. */
export interface SearchScope {
  documentIds: number[];
  /** For a chip: "in: Co-Branding Agreement" (the documents' titles). */
  label: string;
  /** The part of the query that named the contract(s), left out of the ranking. */
  namingText: string;
  /** The part that was ranked. */
  question: string;
  reason: string;
}

/** Which stages the engine can run now, and why not when it cannot. */
export interface ModelStatus {
  semantic: boolean;
  rerank: boolean;
  /** Where inference runs, e.g. "cpu (2 threads)"; null without models. */
  device: string | null;
  /** One sentence per stage that is off, saying why. */
  problems: string[];
  /** Things worth knowing that did not stop a model (fallbacks, unverified or random weights). */
  notes: string[];
}

export interface SearchSettings {
  topK: number;
  topN: number;
  rrfK: number;
  lexicalWeight: number;
  semanticWeight: number;
}

export type IngestOutcome = 'ingested' | 'replaced' | 'duplicate' | 'failed' | 'skipped';

export interface IngestFileResult {
  path: string;
  outcome: IngestOutcome;
  documentId: number | null;
  pages: number;
  clauses: number;
  /** One plain sentence when the file failed. */
  error: string | null;
  errorCode: string | null;
  /** For a duplicate: the path of the stored document with the same content. */
  duplicateOf: string | null;
  /** Sentences about what was repaired or skipped while reading (absent when nothing was). */
  notes?: string[];
}

export interface IngestProgress {
  phase: 'scan' | 'extract' | 'store' | 'ocr';
  fileIndex: number;
  fileCount: number;
  path: string;
  /** Phase 'ocr': pages of this file OCR'd so far, of how many. */
  ocrPagesDone?: number;
  ocrPageCount?: number;
}

export type ExportFormat = 'md' | 'csv' | 'docx';
