/**
 * The review grid for the window, over the engine's review service (engine.review):
 * fills that send light cells as events, visible cells first, one cancel per fill; the
 * open cell in full; review changes; exports as bytes for main to save. Runs in the
 * engine worker beside EngineService, which forwards its grid methods here.
 */
import type { ExportResult } from '../../shared/app-api';
import type { GridCellDetail, GridCellSummary, GridEvent, GridExportRequest, GridFillRequest, GridViewport, ReviewUpdate } from '../../shared/grid-api';
import type { CellReview, GridCell, GridRow } from '../../shared/review';
import { NotFoundError } from '../../shared/errors';
import type { ClauseEngine } from '../engine/engine';
import { renderGridExport } from '../engine/review/export/write-grid-export';
import { runGridFill } from './grid-fill';
import { GridPlan } from './grid-plan';
import { ownedBytes } from './owned-bytes';

/** Characters of a clause a cell shows; the rest comes when the cell is opened. */
const EXCERPT_CHARS = 160;

const MIME_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

// Excel reads a CSV as UTF-8 only when it starts with a byte-order mark.
const UTF8_BOM = '\uFEFF';

interface RunningFill {
  plan: GridPlan;
  controller: AbortController;
}

export class GridHost {
  private readonly fills = new Map<string, RunningFill>();

  constructor(
    private readonly engine: ClauseEngine,
    private readonly emit: (event: GridEvent) => void,
    private readonly databasePath: string,
  ) {}

  /** Starts a fill and returns at once; its cells, progress and end arrive as events under request.gridId. */
  startFill(request: GridFillRequest): void {
    this.fills.get(request.gridId)?.controller.abort();
    // Unknown ids are refused here, once, with the engine's sentence, rather than mid-fill.
    const known = new Set(this.engine.review.listTypes().map((t) => t.id));
    const missing = request.typeIds.find((id) => !known.has(id));
    if (missing) throw new NotFoundError(`There is no clause type with id "${missing}"; the columns may have changed, so open the grid again.`);
    const documentIds = request.documentIds ?? this.readyDocumentIds();
    const plan = new GridPlan(request.typeIds, documentIds);
    plan.setVisible(request.visible);
    const fill: RunningFill = { plan, controller: new AbortController() };
    this.fills.set(request.gridId, fill);
    const compute = async (step: { typeId: string; documentIds: number[] }, signal: AbortSignal): Promise<GridCellSummary[]> => {
      // A contract removed while the fill runs is skipped, not a failure: the window drops its row.
      const ready = new Set(this.readyDocumentIds());
      const documentIds = step.documentIds.filter((id) => ready.has(id));
      if (documentIds.length === 0) return [];
      const grid = await this.engine.review.computeGrid({ typeIds: [step.typeId], documentIds }, { signal });
      return grid.rows.map((row) => summaryOf(row, step.typeId));
    };
    void runGridFill(request.gridId, plan, compute, fill.controller.signal, this.emit, this.databasePath).finally(() => {
      if (this.fills.get(request.gridId) === fill) this.fills.delete(request.gridId);
    });
  }

  private readyDocumentIds(): number[] {
    return this.engine
      .listDocuments()
      .filter((d) => d.status === 'ready')
      .map((d) => d.id);
  }

  /** A fill that has ended has no viewport to follow; that is not an error. */
  setViewport(gridId: string, viewport: GridViewport): void {
    this.fills.get(gridId)?.plan.setVisible(viewport);
  }

  cancel(gridId: string): void {
    this.fills.get(gridId)?.controller.abort();
  }

  cancelAll(): void {
    for (const fill of this.fills.values()) fill.controller.abort();
  }

  async getCell(documentId: number, typeId: string): Promise<GridCellDetail> {
    const cell = await this.engine.review.getCell(documentId, typeId);
    const type = this.engine.review.listTypes().find((t) => t.id === typeId)!;
    return {
      documentId,
      documentTitle: this.engine.getDocument(documentId).title,
      typeId,
      typeName: type.name,
      request: type.request,
      found: cell.found,
      confidence: cell.confidence,
      value: cell.value,
      clause: cell.clause,
      runnersUp: cell.runnersUp,
      review: cell.review,
    };
  }

  /** An update without a note keeps the note the cell has. */
  async setReview(update: ReviewUpdate): Promise<CellReview> {
    const note = update.note !== undefined ? update.note : (await this.engine.review.getCell(update.documentId, update.typeId)).review.note;
    const cell = await this.engine.review.setReview(update.documentId, update.typeId, update.state, note);
    return cell.review;
  }

  async exportGrid(request: GridExportRequest, now = new Date()): Promise<ExportResult> {
    const grid = await this.engine.review.computeGrid({ typeIds: request.typeIds, documentIds: request.documentIds });
    const rendered = await renderGridExport(request.format, grid);
    const bytes = typeof rendered === 'string' ? new TextEncoder().encode(request.format === 'csv' ? UTF8_BOM + rendered : rendered) : rendered;
    return { fileName: `review-grid-${localDate(now)}.${request.format}`, mimeType: MIME_TYPES[request.format], bytes: ownedBytes(bytes) };
  }

  documentsWhereFound(typeId: string): Promise<number[]> {
    return this.engine.review.documentsWhere(typeId, true);
  }
}

/** A cell as the grid draws it: the clause's citation and first words, not its text. */
export function summaryOf(row: GridRow, typeId: string): GridCellSummary {
  const cell: GridCell = row.cells[typeId]!;
  const clause = cell.clause;
  return {
    documentId: row.documentId,
    typeId,
    found: cell.found,
    confidence: cell.confidence,
    value: cell.value,
    review: cell.review,
    clause: clause && {
      clauseId: clause.clauseId,
      clauseNumber: clause.clauseNumber,
      heading: clause.heading,
      pageStart: clause.pageStart,
      pageEnd: clause.pageEnd,
      excerpt: excerpt(clause.text),
    },
  };
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= EXCERPT_CHARS) return flat;
  const cut = flat.lastIndexOf(' ', EXCERPT_CHARS);
  return `${flat.slice(0, cut > EXCERPT_CHARS / 2 ? cut : EXCERPT_CHARS)}…`;
}

function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
