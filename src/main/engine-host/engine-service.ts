/**
 * The engine as the desktop app uses it: one ClauseEngine plus the app's settings, the
 * job queue and the events the window follows. Runs inside the engine worker (see
 * engine-server.ts); plain Node, so tests can also drive it in-process.
 */
import type { ClauseLinks, SimilarResponse } from '../../shared/clause-links';
import { randomUUID } from 'node:crypto';
import type { ClauseContext, ClauseWithDocument, DocumentSummary, ModelStatus, SearchResponse } from '../../shared/api';
import type { AppEvent, AppInfo, AppSettings, ClauseSearchApi, DocumentView, ExportAudit, ExportRequest, ExportResult, SearchRequest } from '../../shared/app-api';
import type { GridCellDetail, GridExportRequest, GridFillRequest, GridViewport } from '../../shared/grid-api';
import type { CellReview, ClauseTypeDefinition, ClauseTypeEdit, ClauseTypeInput, ColumnSet, ReviewUpdate } from '../../shared/review';
import { ClauseEngine } from '../engine/engine';
import { indexVersion } from '../engine/provenance/index-version';
import { buildExport } from './export-file';
import { listCitedClauses, setCitedClause } from '../engine/store/cited-clauses';
import { renameDocument } from '../engine/store/document-titles';
import { GridHost } from './grid-host';
import { buildHistoryExport } from './history-export';
import type { AuditEntry, CompactResult } from '../../shared/history';
import { runEmbeddingResume, runIngestJob } from './ingest-job';
import { hasOriginalPdf, readOriginalPdf } from './original-pdf';
import { VerifiedFileCache } from '../pdf-protocol/verified-file';
import type { OpenOptions } from './protocol';
import { searchOptionsFor } from './search-request';
import { readSettingsFile, sanitizeSettings, writeSettingsFile } from './settings-file';
import { TaskQueue, type Task } from './task-queue';
import { ocrWordsOf } from '../engine/store/document-extras';
import { FolderWatcher } from './folder-watcher';
import type { WatchedFolder } from '../../shared/app-api';

export type EngineApi = Omit<ClauseSearchApi, 'onEvent'>;

/** How long close() lets a cancelled job reach its next checkpoint before closing the database. */
const CLOSE_GRACE_MS = 3000;

export class EngineService implements EngineApi {
  private readonly queue: TaskQueue;
  /** Original PDFs' hashes, checked once per file version (size + mtime). */
  private readonly pdfFiles = new VerifiedFileCache();
  private settings: AppSettings;
  /** Settles when the models named at open are loaded (or failed to load); searches wait for it. */
  private readonly initialModels: Promise<void>;
  /** The folder the loaded models came from; undefined before the first load. */
  private loadedModelsDir: string | null | undefined = undefined;
  private readonly grid: GridHost;
  private readonly folders: FolderWatcher;

  private constructor(
    private readonly engine: ClauseEngine,
    private readonly options: OpenOptions,
    private readonly emit: (event: AppEvent) => void,
  ) {
    this.queue = new TaskQueue((error) => console.error('engine: a background task failed:', error));
    this.settings = readSettingsFile(options.settingsPath, options.defaultModelsDir);
    this.initialModels = this.scheduleModelLoad(false);
    this.grid = new GridHost(engine, emit, options.databasePath);
    this.folders = new FolderWatcher(engine, this.queue, emit);
    this.folders.start();
  }

  /** Opens the database (throws a sentence when it cannot) and starts loading the models. */
  static open(options: OpenOptions, emit: (event: AppEvent) => void): EngineService {
    return new EngineService(ClauseEngine.open(options.databasePath, options.key === undefined ? {} : { key: options.key }), options, emit);
  }

  async info(): Promise<AppInfo> {
    return { databasePath: this.options.databasePath, version: this.options.appVersion };
  }

  async listDocuments(): Promise<DocumentSummary[]> {
    return this.engine.listDocuments();
  }

  async addPaths(paths: string[]): Promise<{ jobId: string }> {
    const jobId = newJobId();
    this.queue.enqueue({
      jobId,
      run: (signal) => runIngestJob(this.engine, jobId, paths, signal, this.emit),
      skipped: () => this.emit({ type: 'job-done', jobId, cancelled: true, error: null }),
    });
    return { jobId };
  }

  async cancelJob(jobId: string): Promise<void> {
    // A job that already finished has nothing left to cancel; that is not an error.
    this.queue.cancel(jobId);
  }

  async removeDocument(documentId: number): Promise<boolean> {
    const removed = this.engine.removeDocument(documentId);
    if (removed) this.emit({ type: 'library-changed' });
    return removed;
  }

  /**
   * Full mode sends the stage-1 list as a `search-stage1` event first. A newer search
   * aborts this one's re-rank: this call then rejects with name 'AbortError', which the
   * window ignores (it only shows the latest requestId anyway).
   */
  async search(request: SearchRequest & { requestId: number }): Promise<SearchResponse> {
    if (request.mode !== 'lexical') await this.initialModels;
    const options = searchOptionsFor(request, this.settings, this.engine.modelStatus());
    return this.engine.search(request.query, {
      ...options,
      onStage1: (response) => this.emit({ type: 'search-stage1', requestId: request.requestId, response }),
    });
  }

  async getClauseLinks(clauseId: number): Promise<ClauseLinks> {
    return this.engine.getClauseLinks(clauseId);
  }

  async findSimilar(clauseId: number): Promise<SimilarResponse> {
    return this.engine.findSimilar(clauseId);
  }

  async getClauseContext(clauseId: number, radius?: number): Promise<ClauseContext> {
    return this.engine.getClauseContext(clauseId, radius);
  }

  async getDocumentView(documentId: number): Promise<DocumentView> {
    const layout = this.engine.getDocumentLayout(documentId);
    const hasPdf = await hasOriginalPdf(layout.document.path, layout.document.sha256, this.pdfFiles);
    const ocrWords = ocrWordsOf(this.engine.db, documentId);
    return { ...layout, hasPdf, ...(ocrWords.length > 0 ? { ocrWords } : {}) };
  }

  async getPdfBytes(documentId: number): Promise<Uint8Array | null> {
    const document = this.engine.getDocument(documentId);
    return readOriginalPdf(document.path, document.sha256, this.pdfFiles);
  }

  async exportClauses(request: ExportRequest): Promise<ExportResult> {
    const result = await buildExport(this.engine.getClauses(request.clauseIds), request.format, request.query, new Date(), {
      appVersion: this.options.appVersion,
      indexVersion: indexVersion(this.engine.db),
    });
    const audit = { clauseIds: request.clauseIds, format: request.format, ...(request.query ? { query: request.query } : {}) };
    return { ...result, audit };
  }

  async listHistory(): Promise<AuditEntry[]> {
    return this.engine.listHistory();
  }

  async exportHistory(): Promise<ExportResult> {
    return buildHistoryExport(this.engine.listHistory());
  }

  async recordExport(record: ExportAudit & { file: string }): Promise<void> {
    this.engine.recordExport(record);
    this.emit({ type: 'library-changed' });
  }

  async compactLibrary(): Promise<CompactResult> {
    return this.engine.compact();
  }

  async getSettings(): Promise<AppSettings> {
    return { ...this.settings };
  }

  /**
   * Saves the patch; a new models folder is loaded before this resolves (after the job
   * running now, if any, so a model never changes under an embedding run).
   */
  async updateSettings(patch: Partial<AppSettings>): Promise<AppSettings> {
    const next = sanitizeSettings({ ...this.settings, ...patch }, this.settings);
    const modelsChanged = next.modelsDir !== this.settings.modelsDir;
    writeSettingsFile(this.options.settingsPath, next);
    this.settings = next;
    if (modelsChanged) await this.scheduleModelLoad(true);
    return { ...this.settings };
  }

  async modelStatus(): Promise<ModelStatus> {
    await this.initialModels;
    return this.engine.modelStatus();
  }

  // ---- the review grid (grid-host.ts) ----

  async listClauseTypes(): Promise<ClauseTypeDefinition[]> {
    return this.engine.review.listTypes();
  }

  async addClauseType(input: ClauseTypeInput): Promise<ClauseTypeDefinition> {
    return this.engine.review.addType(input);
  }

  async editClauseType(typeId: string, edit: ClauseTypeEdit): Promise<ClauseTypeDefinition> {
    return this.engine.review.editType(typeId, edit);
  }

  async listColumnSets(): Promise<ColumnSet[]> {
    return this.engine.review.listColumnSets();
  }

  async saveColumnSet(name: string, typeIds: string[]): Promise<ColumnSet> {
    return this.engine.review.saveColumnSet(name, typeIds);
  }

  async removeColumnSet(name: string): Promise<boolean> {
    return this.engine.review.deleteColumnSet(name);
  }

  /** Fills run beside the job queue, like searches: a grid does not wait behind an import. */
  async startGridFill(request: GridFillRequest): Promise<void> {
    this.grid.startFill(request);
  }

  async setGridViewport(gridId: string, viewport: GridViewport): Promise<void> {
    this.grid.setViewport(gridId, viewport);
  }

  async cancelGridFill(gridId: string): Promise<void> {
    this.grid.cancel(gridId);
  }

  async getGridCell(documentId: number, typeId: string): Promise<GridCellDetail> {
    return this.grid.getCell(documentId, typeId);
  }

  async setCellReview(update: ReviewUpdate): Promise<CellReview> {
    return this.grid.setReview(update);
  }

  async exportGrid(request: GridExportRequest): Promise<ExportResult> {
    return this.grid.exportGrid(request);
  }

  async documentsWhereFound(typeId: string): Promise<number[]> {
    return this.grid.documentsWhereFound(typeId);
  }

  async renameDocument(documentId: number, title: string): Promise<void> {
    renameDocument(this.engine.db, documentId, title);
    this.emit({ type: 'library-changed' });
  }

  async listCitedClauses(): Promise<Array<{ query: string; clause: ClauseWithDocument }>> {
    return listCitedClauses(this.engine.db).map(({ clauseId, query }) => ({ query, clause: this.engine.getClause(clauseId) }));
  }

  async setCitedClause(clauseId: number, query: string | null): Promise<void> {
    if (query !== null) this.engine.getClause(clauseId); // an unknown id fails with its sentence
    setCitedClause(this.engine.db, clauseId, query);
  }

  async listWatchedFolders(): Promise<WatchedFolder[]> {
    return this.folders.list();
  }

  async watchFolder(folder: string): Promise<WatchedFolder[]> {
    return this.folders.add(folder);
  }

  async unwatchFolder(folder: string): Promise<WatchedFolder[]> {
    return this.folders.remove(folder);
  }

  /** Cancels the jobs, gives the running one a moment to stop, and closes the database. */
  async close(): Promise<void> {
    this.folders.close();
    this.grid.cancelAll();
    this.queue.cancelAll();
    await Promise.race([this.queue.idle(), new Promise((resolve) => setTimeout(resolve, CLOSE_GRACE_MS).unref())]);
    this.engine.close();
  }

  /**
   * Loads (or, for null, unloads) the models as a queue task, then resumes embedding
   * whatever has no vector for them yet. The task reads the folder from the settings
   * when it runs, so of two quick changes the later one wins. Resolves once loaded.
   */
  private scheduleModelLoad(next: boolean): Promise<void> {
    let loaded!: () => void;
    const done = new Promise<void>((resolve) => (loaded = resolve));
    const load: Task = {
      jobId: null,
      run: async () => {
        try {
          const modelsDir = this.settings.modelsDir;
          if (modelsDir === this.loadedModelsDir) return;
          if (modelsDir === null) this.engine.unloadModels();
          else await this.engine.loadModels(modelsDir, this.options.modelOptions);
          this.loadedModelsDir = modelsDir;
        } finally {
          loaded();
        }
      },
      skipped: loaded,
    };
    const resumeId = newJobId();
    const resume: Task = { jobId: resumeId, run: (signal) => runEmbeddingResume(this.engine, resumeId, signal, this.emit) };
    if (next) this.queue.enqueueNext(load, resume);
    else this.queue.enqueue(load, resume);
    return done;
  }
}

function newJobId(): string {
  return `job-${randomUUID()}`;
}
