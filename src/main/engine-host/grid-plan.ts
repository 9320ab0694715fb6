/**
 * The order in which a grid fill computes its cells: what is on screen first, then the
 * rest of the columns on screen, then the other columns, each column in batches of
 * documents so a scroll changes what comes next within one batch. Pure bookkeeping; the
 * fill (grid-fill.ts) asks it for the next step and reports back.
 */
import type { GridViewport } from '../../shared/grid-api';

export interface GridStep {
  typeId: string;
  documentIds: number[];
}

/** Documents per engine call once the visible cells are done: big enough for one pass over the index to pay, small enough to follow a scroll. */
export const GRID_BATCH_DOCUMENTS = 200;

export class GridPlan {
  /** Per column, in column order: documents not yet asked for, in row order. */
  private readonly pending = new Map<string, number[]>();
  private visibleTypes = new Set<string>();
  private visibleDocuments = new Set<number>();
  readonly total: number;

  constructor(
    typeIds: readonly string[],
    documentIds: readonly number[],
    private readonly batchSize = GRID_BATCH_DOCUMENTS,
  ) {
    const types = [...new Set(typeIds)];
    const documents = [...new Set(documentIds)];
    for (const typeId of types) if (documents.length > 0) this.pending.set(typeId, [...documents]);
    this.total = types.length * documents.length;
  }

  /** Cells not yet handed out. */
  get remaining(): number {
    let count = 0;
    for (const documents of this.pending.values()) count += documents.length;
    return count;
  }

  setVisible(viewport: GridViewport | undefined): void {
    this.visibleTypes = new Set(viewport?.typeIds ?? []);
    this.visibleDocuments = new Set(viewport?.documentIds ?? []);
  }

  /** The next engine call to make, removed from what is pending; null when all is handed out. */
  next(): GridStep | null {
    const visibleColumns = [...this.pending.keys()].filter((typeId) => this.visibleTypes.has(typeId));
    for (const typeId of visibleColumns) {
      const onScreen = this.pending.get(typeId)!.filter((id) => this.visibleDocuments.has(id));
      if (onScreen.length > 0) return this.take(typeId, new Set(onScreen));
    }
    const typeId = visibleColumns[0] ?? this.pending.keys().next().value;
    if (typeId === undefined) return null;
    return this.take(typeId, new Set(this.pending.get(typeId)!.slice(0, this.batchSize)));
  }

  private take(typeId: string, chosen: ReadonlySet<number>): GridStep {
    const documents = this.pending.get(typeId)!;
    const left = documents.filter((id) => !chosen.has(id));
    if (left.length === 0) this.pending.delete(typeId);
    else this.pending.set(typeId, left);
    return { typeId, documentIds: documents.filter((id) => chosen.has(id)) };
  }
}
