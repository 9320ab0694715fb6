import type { Database } from 'better-sqlite3';
import type {
  ClauseContext,
  ClauseWithDocument,
  DocumentSummary,
  IngestFileResult,
  ModelStatus,
  SearchOptions,
  SearchResponse,
  SearchSettings,
} from '../../shared/api';
import { EmbeddingIndexer, type EmbeddingProgress, type EmbeddingRunResult } from './embeddings/embedding-indexer';
import { loadEngineModels, NO_MODELS, type EngineModels } from './engine-models';
import { Ingestor, type IngestRunOptions } from './ingest/ingestor';
import type { CollectedInputs } from './ingest/file-checks/collect-inputs';
import type { FileLimits } from './ingest/file-checks/file-limits';
import type { LoadModelsOptions } from './models';
import { clauseLinks, type ClauseLinks } from './definitions/clause-links';
import { indexDocumentLinks } from './definitions/index-document';
import { findSimilar, type SimilarResponse } from './similar/find-similar';
import { DEFAULT_LEXICAL_OPTIONS, lexicalSearch, type LexicalOptions } from './search/lexical-search';
import type { ClauseFilter } from './search/clause-filter';
import { runPipeline } from './search/pipeline';
import { parseQuery } from './search/query/parse-query';
import { DocumentReader, type ClauseSpanRow, type PageSpanRow } from './store/document-reader';
import { DocumentWriter, type ClauseToStore } from './store/document-writer';
import { openDatabase } from './store/open-database';
import { appendAudit, listAudit } from './store/audit-log';
import { compactDatabase, type CompactProgress } from './store/compact-database';
import { removeDocumentEverywhere } from './store/remove-document';
import type { AuditEntry, CompactResult, ExportedClauseRef } from '../../shared/history';
import { withDocumentNotes } from './library/document-notes';
import { ReviewGrid } from './review/review-grid';

export const DEFAULT_SETTINGS: SearchSettings = { topK: 10, topN: 100, rrfK: 60, lexicalWeight: 1, semanticWeight: 1 };
export const DEFAULT_TOP_K = DEFAULT_SETTINGS.topK;
export const DEFAULT_TOP_N = DEFAULT_SETTINGS.topN;
/** A result list longer than this is never useful to a person and only costs time. */
export const MAX_TOP_K = 1000;

export interface EngineSearchOptions extends SearchOptions {
  /** Rank only these clauses (evaluation pools). */
  clauseIds?: readonly number[];
  rrfK?: number;
  lexicalWeight?: number;
  semanticWeight?: number;
  /** Called with the fused list before re-ranking starts (mode full). */
  onStage1?: (response: SearchResponse) => void;
  signal?: AbortSignal;
}

export interface EngineIngestOptions extends IngestRunOptions {
  /** Run the embedding phase after the lexical one when a bi-encoder is loaded (default true). */
  embed?: boolean;
  onEmbedProgress?: (progress: EmbeddingProgress) => void;
}

export interface EngineOptions {
  lexical?: Partial<LexicalOptions>;
  /** The passphrase of an encrypted library; the engine never stores it. */
  key?: string;
}

/**
 * The engine behind the CLI, the desktop app and the tests: plain Node, no Electron.
 * Owns one database connection and the loaded models; callers close it when done.
 */
export class ClauseEngine {
  readonly db: Database;
  private readonly reader: DocumentReader;
  private readonly writer: DocumentWriter;
  private readonly ingestor: Ingestor;
  private readonly lexicalOptions: LexicalOptions;
  private models: EngineModels = NO_MODELS;
  /** The running search; a newer one cancels its re-rank. */
  private activeSearch: AbortController | null = null;
  private reviewGrid: ReviewGrid | null = null;

  private constructor(db: Database, options: EngineOptions) {
    this.db = db;
    this.reader = new DocumentReader(db);
    this.writer = new DocumentWriter(db);
    this.ingestor = new Ingestor(this.writer, this.reader);
    this.lexicalOptions = { ...DEFAULT_LEXICAL_OPTIONS, ...options.lexical };
  }

  static open(file: string, options: EngineOptions = {}): ClauseEngine {
    return new ClauseEngine(openDatabase(file, options.key === undefined ? {} : { key: options.key }), options);
  }

  /** The review grid: clause types, column sets, cells, review state and grid exports (review/). */
  get review(): ReviewGrid {
    this.reviewGrid ??= new ReviewGrid(this.db, this.lexicalOptions);
    return this.reviewGrid;
  }

  close(): void {
    this.activeSearch?.abort();
    if (this.db.open) this.db.close();
  }

  /** Loads bi-encoder and cross-encoder from a models folder; a bad folder turns stages off, never throws. */
  async loadModels(modelsDir: string, options?: LoadModelsOptions): Promise<ModelStatus> {
    this.models = await loadEngineModels(this.db, modelsDir, options);
    return this.models.status;
  }

  modelStatus(): ModelStatus {
    return this.models.status;
  }

  /** Back to lexical search only (the user cleared the models folder). */
  unloadModels(): void {
    this.models = NO_MODELS;
  }

  /** Phase one (text, clauses, FTS5) per file; then, with a bi-encoder, phase two (embeddings). */
  async ingest(paths: readonly string[], options: EngineIngestOptions = {}): Promise<IngestFileResult[]> {
    const results = await this.ingestor.ingestPaths(paths, options);
    for (const r of results) this.indexLinks(r);
    if (options.embed !== false && this.models.embedder) {
      await this.embedPending({ signal: options.signal, onProgress: options.onEmbedProgress });
    }
    return results;
  }

  /**
   * Phase one for a single file (no folder expansion, no embedding): lets a caller that
   * reports per-file results, like the desktop app's ingest job, drive the loop itself.
   */
  async ingestFile(file: string, signal?: AbortSignal): Promise<IngestFileResult> {
    const result = await this.ingestor.ingestFile(file, signal);
    this.indexLinks(result);
    return result;
  }

  /** Definitions and cross-references of a newly stored document (definitions/); a failure here never fails the import. */
  private indexLinks(result: IngestFileResult): void {
    if ((result.outcome !== 'ingested' && result.outcome !== 'replaced') || result.documentId === null) return;
    try {
      indexDocumentLinks(this.db, result.documentId);
    } catch {
      // Left unread: clauseLinks() fills it in the first time the document's clauses are opened.
    }
  }

  /** Embeds every chunk that has no vector yet; resumable, cancellable between batches. */
  async embedPending(options: { signal?: AbortSignal; onProgress?: (p: EmbeddingProgress) => void } = {}): Promise<EmbeddingRunResult | null> {
    if (!this.models.embedder) return null;
    return new EmbeddingIndexer(this.db, this.models.embedder).run(options);
  }

  /**
   * Stores text that is already split into clauses (e.g. a benchmark corpus whose
   * entries are clauses). Each clause is chunked like ingested text.
   */
  addPresegmentedDocument(input: { path: string; title: string; text: string; clauses: ClauseToStore[]; sha256?: string }): number {
    return this.writer.saveDocument({
      sha256: input.sha256 ?? '',
      path: input.path,
      title: input.title,
      byteSize: Buffer.byteLength(input.text),
      text: input.text,
      pages: [{ pageNumber: 1, charStart: 0, charEnd: input.text.length }],
      clauses: input.clauses,
    });
  }

  listDocuments(): DocumentSummary[] {
    return withDocumentNotes(this.db, this.reader.listDocuments());
  }

  /** One document's summary; an unknown id raises a NotFoundError. */
  getDocument(documentId: number): DocumentSummary {
    return this.reader.getDocument(documentId);
  }

  /** A document's text with where its pages and clauses sit in it (the "clause in context" view). */
  getDocumentLayout(documentId: number): { document: DocumentSummary; text: string; pages: PageSpanRow[]; clauses: ClauseSpanRow[] } {
    return {
      document: this.reader.getDocument(documentId),
      text: this.reader.getDocumentText(documentId),
      pages: this.reader.getPageSpans(documentId),
      clauses: this.reader.getClauseSpans(documentId),
    };
  }

  /** Removes a document and everything derived from it, and records the removal in the history. */
  removeDocument(documentId: number): boolean {
    return removeDocumentEverywhere(this.db, documentId);
  }

  getClause(clauseId: number): ClauseWithDocument {
    return this.reader.getClause(clauseId);
  }

  getClauseContext(clauseId: number, radius = 2): ClauseContext {
    return this.reader.getClauseContext(clauseId, radius);
  }

  getClauses(clauseIds: readonly number[]): ClauseWithDocument[] {
    return this.reader.getClauses(clauseIds);
  }

  /** The definitions a clause uses and the clauses it refers to (definitions/). */
  getClauseLinks(clauseId: number): ClauseLinks {
    this.reader.getClause(clauseId); // throws the usual NotFoundError for an unknown id
    return clauseLinks(this.db, clauseId);
  }

  /** Clauses of other contracts that are the same kind of clause as this one (similar/). */
  findSimilar(clauseId: number, limit = DEFAULT_TOP_K): SimilarResponse {
    return findSimilar(this.db, clauseId, clampCount(limit, DEFAULT_TOP_K));
  }

  /** Lexical ranking only, without building result records: for evaluation over large pools. */
  rankLexical(query: string, limit: number, filter: ClauseFilter = {}) {
    return lexicalSearch(this.db, parseQuery(query), limit, filter, this.lexicalOptions);
  }

  /** Runs the pipeline for the mode asked (lexical by default). A newer search cancels this one's re-rank. */
  async search(query: string, options: EngineSearchOptions = {}): Promise<SearchResponse> {
    this.activeSearch?.abort();
    const controller = new AbortController();
    this.activeSearch = controller;
    const signal = options.signal ? AbortSignal.any([options.signal, controller.signal]) : controller.signal;
    try {
      return await runPipeline(this.db, this.models, {
        query,
        mode: options.mode ?? 'lexical',
        settings: {
          topK: clampCount(options.topK, DEFAULT_SETTINGS.topK),
          topN: clampCount(options.topN, DEFAULT_SETTINGS.topN),
          rrfK: options.rrfK ?? DEFAULT_SETTINGS.rrfK,
          lexicalWeight: options.lexicalWeight ?? DEFAULT_SETTINGS.lexicalWeight,
          semanticWeight: options.semanticWeight ?? DEFAULT_SETTINGS.semanticWeight,
        },
        lexical: this.lexicalOptions,
        filter: { clauseIds: options.clauseIds, documentIds: options.documentIds },
        autoScope: options.autoScope,
        signal,
        onStage1: options.onStage1,
      });
    } finally {
      if (this.activeSearch === controller) this.activeSearch = null;
    }
  }

  /** The files under the user's paths and a result for each thing found but not taken (ingest-job). */
  collectInputs(paths: readonly string[]): Promise<CollectedInputs> {
    return this.ingestor.collect(paths);
  }

  /** Sets the per-file limits of later ingests (the size limit from Settings or --max-file-mb). */
  setFileLimits(limits: FileLimits): void {
    this.ingestor.limits = limits;
  }

  /** The library's history, newest first (store/audit-log.ts). */
  listHistory(limit?: number): AuditEntry[] {
    return listAudit(this.db, limit);
  }

  /** Records that these clauses were written to `file`: the history says what left the machine. */
  recordExport(input: { clauseIds: readonly number[]; format: string; file: string; query?: string }): number {
    const clauses: ExportedClauseRef[] = this.reader.getClauses(input.clauseIds).map((c) => ({
      clauseId: c.id,
      documentTitle: c.documentTitle,
      documentPath: c.documentPath,
      clauseNumber: c.number,
    }));
    return appendAudit(this.db, {
      action: 'exported',
      detail: { file: input.file, format: input.format, ...(input.query ? { query: input.query } : {}), clauses },
    });
  }

  /** Reclaims the space of removed documents and wipes their bytes from the file (VACUUM). */
  compact(onProgress?: (progress: CompactProgress) => void): CompactResult {
    return compactDatabase(this.db, onProgress);
  }
}

function clampCount(value: number | undefined, fallback: number): number {
  if (value === undefined || !Number.isFinite(value) || value < 1) return fallback;
  return Math.min(Math.floor(value), MAX_TOP_K);
}
