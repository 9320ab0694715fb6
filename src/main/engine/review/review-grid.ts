/**
 * The review grid service: clause types and column sets, cells computed a column at a time
 * (cached by document, type definition and model), review state, the grid as a search scope
 * and its exports. ClauseEngine exposes one instance as `engine.review`.
 */
import type { Database } from 'better-sqlite3';
import type { DocumentSummary } from '../../../shared/api';
import { NotFoundError, QueryError } from '../../../shared/errors';
import type {
  CellReview,
  ClauseTypeDefinition,
  ClauseTypeEdit,
  ClauseTypeInput,
  ColumnSet,
  GridCell,
  GridClause,
  GridExportFormat,
  GridProgress,
  GridRequest,
  GridResult,
  GridRow,
  ReviewState,
} from '../../../shared/review';
import { DEFAULT_LEXICAL_OPTIONS, type LexicalOptions } from '../search/lexical-search';
import { CellCache, type CachedCell } from './cell-cache';
import { clauseIndex, rankColumn, type ClauseIndex, type RankedClause } from './column-ranker';
import { presenceConfidence, presenceFeatures, presenceParams } from './presence-model';
import { ReviewStore, reviewKey } from './review-store';
import { textHash, typeDefinitionHash } from './type-hash';
import { ReviewTypeStore, type ResolvedType } from './type-store';
import { extractValue } from './values/extract-value';

export interface ComputeGridOptions {
  onProgress?: (progress: GridProgress) => void;
  signal?: AbortSignal;
}

/** The retrieval the cells were ranked with; part of the cache key. */
export const LEXICAL_MODEL_ID = 'lexical';
const RUNNERS_UP = 2;

interface ClauseRow {
  id: number;
  number: string | null;
  heading: string | null;
  page_start: number;
  page_end: number;
  char_start: number;
  char_end: number;
  text: string;
}

export class ReviewGrid {
  readonly types: ReviewTypeStore;
  private readonly cache: CellCache;
  private readonly reviews: ReviewStore;

  constructor(
    private readonly db: Database,
    private readonly lexical: LexicalOptions = DEFAULT_LEXICAL_OPTIONS,
  ) {
    this.types = new ReviewTypeStore(db);
    this.cache = new CellCache(db);
    this.reviews = new ReviewStore(db);
  }

  listTypes(): ClauseTypeDefinition[] {
    return this.types.list().map(publicType);
  }

  addType(input: ClauseTypeInput): ClauseTypeDefinition {
    return publicType(this.types.add(input));
  }

  editType(typeId: string, edit: ClauseTypeEdit): ClauseTypeDefinition {
    return publicType(this.types.edit(typeId, edit));
  }

  hideType(typeId: string, hidden = true): ClauseTypeDefinition {
    return publicType(this.types.edit(typeId, { hidden }));
  }

  listColumnSets(): ColumnSet[] {
    return this.types.listSets();
  }

  saveColumnSet(name: string, typeIds: readonly string[]): ColumnSet {
    return this.types.saveSet(name, typeIds);
  }

  deleteColumnSet(name: string): boolean {
    return this.types.deleteSet(name);
  }

  /**
   * Every (document, type) cell asked for. Each column is ranked in one pass over the index
   * for the documents whose cell is not cached; cached cells cost a read. Progress comes after
   * each column; the signal is checked between columns.
   */
  async computeGrid(request: GridRequest = {}, options: ComputeGridOptions = {}): Promise<GridResult> {
    const types = this.resolveTypes(request.typeIds);
    const documents = this.resolveDocuments(request.documentIds);
    const cellCount = types.length * documents.length;
    let cachedCells = 0;
    let computedCells = 0;
    const progress = (typesDone: number, type: ResolvedType | null) =>
      options.onProgress?.({ typesDone, typeCount: types.length, cellsDone: typesDone * documents.length, cellCount, typeId: type?.id ?? null, typeName: type?.name ?? null, cachedCells });
    progress(0, null);

    const rows: GridRow[] = documents.map((d) => ({ documentId: d.id, documentTitle: d.title, documentPath: d.path, cells: {} }));
    const reviews = this.reviews.forPaths(documents.map((d) => d.path));
    const clauseAt = this.db.prepare<[number, number], ClauseRow>(
      'SELECT id, number, heading, page_start, page_end, char_start, char_end, text FROM clauses WHERE document_id = ? AND ordinal = ?',
    );
    let index: ClauseIndex | null = null;
    const lazyIndex = () => (index ??= clauseIndex(this.db, documents.map((d) => d.id)));
    for (const [typeIndex, type] of types.entries()) {
      if (options.signal?.aborted) throw new DOMException('The grid was cancelled.', 'AbortError');
      const cells = this.columnCells(type, documents, lazyIndex);
      cachedCells += cells.cached;
      computedCells += documents.length - cells.cached;
      documents.forEach((doc, i) => {
        const cached = cells.byDocument.get(doc.id)!;
        const clauses = cached.candidates
          .map(([ordinal, score]) => toGridClause(clauseAt.get(doc.id, ordinal), score))
          .filter((c): c is GridClause => c !== null);
        const clause = cached.found ? (clauses[0] ?? null) : null;
        rows[i]!.cells[type.id] = {
          documentId: doc.id,
          typeId: type.id,
          found: cached.found && clause !== null,
          confidence: cached.confidence,
          value: cached.value,
          review: reviewOf(reviews.get(reviewKey(doc.path, type.id)), clause),
          clause,
          runnersUp: cached.found ? clauses.slice(1, 1 + RUNNERS_UP) : [],
        };
      });
      progress(typeIndex + 1, type);
      // Let a worker answer cancel and other requests between columns.
      await new Promise((resolve) => setImmediate(resolve));
    }
    return { types: types.map(publicType), rows, cachedCells, computedCells, mode: LEXICAL_MODEL_ID };
  }

  /** One cell (computed or from the cache). */
  async getCell(documentId: number, typeId: string): Promise<GridCell> {
    const grid = await this.computeGrid({ typeIds: [typeId], documentIds: [documentId] });
    return grid.rows[0]!.cells[typeId]!;
  }

  /** Marks a cell verified, flagged or back to unreviewed, against the clause it shows now. */
  async setReview(documentId: number, typeId: string, state: ReviewState, note: string | null = null): Promise<GridCell> {
    if (!['unreviewed', 'verified', 'flagged'].includes(state)) {
      throw new QueryError('invalid-review-input', `"${state}" is not a review state; use unreviewed, verified or flagged.`);
    }
    const document = this.resolveDocuments([documentId])[0]!;
    const cell = await this.getCell(documentId, typeId);
    const cleanNote = note === null || note.trim() === '' ? null : note.trim().slice(0, 4000);
    if (state === 'unreviewed' && cleanNote === null) this.reviews.clear(document.path, typeId);
    else {
      this.reviews.save({ documentPath: document.path, typeId, state, note: cleanNote, clauseHash: clauseHash(cell.clause), at: new Date().toISOString() });
    }
    return this.getCell(documentId, typeId);
  }

  /** The grid as a search scope: ids of the documents where the type is (or is not) found. */
  async documentsWhere(typeId: string, found = true, documentIds?: number[]): Promise<number[]> {
    const grid = await this.computeGrid({ typeIds: [typeId], documentIds });
    return grid.rows.filter((r) => r.cells[typeId]!.found === found).map((r) => r.documentId);
  }

  /** Computes the grid asked for and writes it to a file; returns the grid written. */
  async exportGrid(format: GridExportFormat, file: string, request: GridRequest = {}, options: ComputeGridOptions = {}): Promise<GridResult> {
    const grid = await this.computeGrid(request, options);
    // Loaded on demand: exceljs and docx take a second to load and most engine uses never export.
    const { writeGridExport } = await import('./export/write-grid-export');
    await writeGridExport(format, grid, file);
    return grid;
  }

  /** Drops cached cells of removed documents and of type definitions that no longer exist. */
  pruneCache(): number {
    return this.cache.prune(this.types.list().map(typeDefinitionHash));
  }

  /** Ranked candidates per document for one type, uncached: what the evaluation scores. */
  rankType(typeId: string, documentIds: readonly number[], keep = 3, index?: ClauseIndex): Map<number, RankedClause[]> {
    const type = this.types.get(typeId);
    const ranked = rankColumn(this.db, type, documentIds, keep, this.lexical, index);
    return new Map([...ranked].map(([id, r]) => [id, r.clauses]));
  }

  private columnCells(type: ResolvedType, documents: readonly DocumentSummary[], index: () => ClauseIndex): { byDocument: Map<number, CachedCell>; cached: number } {
    const hash = typeDefinitionHash(type);
    const hits = this.cache.read(hash, LEXICAL_MODEL_ID, documents.map((d) => d.sha256));
    const missing = documents.filter((d) => !hits.has(d.sha256));
    const fresh = new Map<string, CachedCell>();
    if (missing.length > 0) {
      const ranked = rankColumn(this.db, type, missing.map((d) => d.id), 1 + RUNNERS_UP, this.lexical, index());
      for (const doc of missing) fresh.set(doc.sha256, cellFromRanking(type, ranked.get(doc.id)?.clauses ?? []));
      this.cache.write(hash, LEXICAL_MODEL_ID, fresh);
    }
    const byDocument = new Map(documents.map((d) => [d.id, hits.get(d.sha256) ?? fresh.get(d.sha256)!]));
    return { byDocument, cached: documents.length - missing.length };
  }

  private resolveTypes(typeIds: readonly string[] | undefined): ResolvedType[] {
    const all = this.types.list();
    if (typeIds === undefined) return all.filter((t) => !t.hidden);
    return typeIds.map((id) => {
      const type = all.find((t) => t.id === id);
      if (!type) throw new NotFoundError(`There is no clause type with id "${id}"; list the types to see their ids.`);
      return type;
    });
  }

  private resolveDocuments(documentIds: readonly number[] | undefined): DocumentSummary[] {
    const rows = this.db
      .prepare("SELECT id, sha256, path, title FROM documents WHERE status = 'ready' ORDER BY title COLLATE NOCASE, id")
      .all() as Array<Pick<DocumentSummary, 'id' | 'sha256' | 'path' | 'title'>>;
    const docs = rows.map((r) => r as DocumentSummary);
    if (documentIds === undefined) return docs;
    const byId = new Map(docs.map((d) => [d.id, d]));
    return [...new Set(documentIds)].map((id) => {
      const doc = byId.get(id);
      if (!doc) throw new NotFoundError(`There is no searchable document with id ${id}; it may have been removed or failed to ingest.`);
      return doc;
    });
  }
}

/** A cell's cacheable part from a document's ranked clauses. */
export function cellFromRanking(type: ResolvedType, ranked: readonly RankedClause[]): CachedCell {
  const params = presenceParams(type.id);
  const confidence = ranked.length === 0 ? 0 : presenceConfidence(presenceFeatures(ranked), params);
  const found = ranked.length > 0 && confidence >= params.threshold;
  const value = extractValue({ typeName: type.name, valueKind: type.valueKind, found, text: ranked[0]?.text ?? null });
  return { candidates: ranked.map((r) => [r.ordinal, r.score]), confidence, found, value };
}

function publicType(t: ResolvedType): ClauseTypeDefinition {
  return { id: t.id, name: t.name, description: t.description, request: t.request, valueKind: t.valueKind, builtIn: t.builtIn, hidden: t.hidden };
}

function toGridClause(row: ClauseRow | undefined, score: number): GridClause | null {
  if (!row) return null;
  return {
    clauseId: row.id,
    clauseNumber: row.number,
    heading: row.heading,
    pageStart: row.page_start,
    pageEnd: row.page_end,
    charStart: row.char_start,
    charEnd: row.char_end,
    text: row.text,
    score,
  };
}

function clauseHash(clause: GridClause | null): string {
  return clause === null ? 'none' : textHash(clause.text);
}

function reviewOf(stored: { state: ReviewState; note: string | null; at: string; clauseHash: string } | undefined, clause: GridClause | null): CellReview {
  if (!stored) return { state: 'unreviewed', note: null, at: null, stale: false };
  return { state: stored.state, note: stored.note, at: stored.at, stale: stored.clauseHash !== clauseHash(clause) };
}
