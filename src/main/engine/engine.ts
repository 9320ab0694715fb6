import type { Database } from 'better-sqlite3';
import type {
  ClauseContext,
  ClauseWithDocument,
  DocumentSummary,
  IngestFileResult,
  SearchOptions,
  SearchResponse,
} from '../../shared/api';
import { Ingestor, type IngestRunOptions } from './ingest/ingestor';
import { DEFAULT_LEXICAL_OPTIONS, lexicalSearch, buildMatchExpression, type LexicalOptions } from './search/lexical-search';
import { hydrateLexicalHits } from './search/hydrate-results';
import { parseQuery } from './search/query/parse-query';
import { DocumentReader } from './store/document-reader';
import { DocumentWriter, type ClauseToStore } from './store/document-writer';
import { openDatabase } from './store/open-database';

export const DEFAULT_TOP_K = 10;
export const DEFAULT_TOP_N = 100;
/** A result list longer than this is never useful to a person and only costs time. */
export const MAX_TOP_K = 1000;

export interface EngineSearchOptions extends SearchOptions {
  /** Rank only these clauses (evaluation pools). */
  clauseIds?: readonly number[];
}

export interface EngineOptions {
  lexical?: Partial<LexicalOptions>;
}

/**
 * The engine behind the CLI, the desktop app and the tests: plain Node, no Electron.
 * Owns one database connection; callers close it when done.
 */
export class ClauseEngine {
  readonly db: Database;
  private readonly reader: DocumentReader;
  private readonly writer: DocumentWriter;
  private readonly ingestor: Ingestor;
  private readonly lexicalOptions: LexicalOptions;

  private constructor(db: Database, options: EngineOptions) {
    this.db = db;
    this.reader = new DocumentReader(db);
    this.writer = new DocumentWriter(db);
    this.ingestor = new Ingestor(this.writer, this.reader);
    this.lexicalOptions = { ...DEFAULT_LEXICAL_OPTIONS, ...options.lexical };
  }

  static open(file: string, options: EngineOptions = {}): ClauseEngine {
    return new ClauseEngine(openDatabase(file), options);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  ingest(paths: readonly string[], options?: IngestRunOptions): Promise<IngestFileResult[]> {
    return this.ingestor.ingestPaths(paths, options);
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
    return this.reader.listDocuments();
  }

  removeDocument(documentId: number): boolean {
    return this.writer.deleteDocument(documentId);
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

  /** Lexical ranking only, without building result records: for evaluation over large pools. */
  rankLexical(query: string, limit: number, filter: { clauseIds?: readonly number[]; documentIds?: readonly number[] } = {}) {
    return lexicalSearch(this.db, parseQuery(query), limit, filter, this.lexicalOptions);
  }

  search(query: string, options: EngineSearchOptions = {}): SearchResponse {
    const mode = options.mode ?? 'lexical';
    if (mode !== 'lexical') {
      throw new Error(`Search mode "${mode}" needs the embedding and re-ranking models, which this version does not have yet; use --mode lexical.`);
    }
    const topK = clampTopK(options.topK ?? DEFAULT_TOP_K);
    const started = performance.now();
    const parsed = parseQuery(query);
    const hits = lexicalSearch(this.db, parsed, topK, { clauseIds: options.clauseIds, documentIds: options.documentIds }, this.lexicalOptions);
    const lexicalMs = performance.now() - started;
    const results = hydrateLexicalHits(this.db, hits, buildMatchExpression(parsed, this.lexicalOptions));
    const totalMs = performance.now() - started;
    return { query, mode, results, timings: { lexicalMs, hydrateMs: totalMs - lexicalMs, totalMs } };
  }
}

function clampTopK(topK: number): number {
  if (!Number.isFinite(topK) || topK < 1) return DEFAULT_TOP_K;
  return Math.min(Math.floor(topK), MAX_TOP_K);
}
