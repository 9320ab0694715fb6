import { fileName } from '../../lib/format';
import { getCoreRowModel, useReactTable, type ColumnDef, type ColumnSizingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ClauseTypeDefinition, GridCellSummary, GridViewport, ReviewState } from '../../../../shared/grid-api';
import { cellKey } from '../../state/grid/grid-fill';
import { GridCellView } from './GridCellView';
import { GridColumnHeader, type ColumnCounts } from './GridColumnHeader';

export interface GridRow {
  id: number;
  title: string;
  path: string;
}

export interface CellPosition {
  row: number;
  col: number;
}

/** What a key press in the grid asks for; GridView acts on it. */
export type GridCommand =
  | { kind: 'open'; documentId: number; typeId: string }
  | { kind: 'review'; documentId: number; typeId: string; state: ReviewState }
  | { kind: 'note'; documentId: number; typeId: string }
  | { kind: 'close' };

const ROW_HEIGHT = 64;
const HEADER_HEIGHT = 58;
const CONTRACT_WIDTH = 220;
const TYPE_WIDTH = 200;
/** Rows and columns drawn beyond the edges, so a scroll rarely shows an empty strip. */
const OVERSCAN_ROWS = 6;
const OVERSCAN_COLUMNS = 2;
/** The fill hears about a scroll once it settles, not at every frame. */
const VIEWPORT_SETTLE_MS = 120;

const REVIEW_KEYS: Record<string, ReviewState> = { v: 'verified', f: 'flagged', u: 'unreviewed' };

/**
 * The grid itself: contracts down, clause types across, both headers sticky, and only
 * the cells in view (plus a margin) in the DOM, so 1,000 × 41 scrolls like 10 × 5.
 * Columns and their widths come from @tanstack/react-table (resizable by dragging a
 * header's edge); rows and columns are virtualised with @tanstack/react-virtual. The
 * grid is one focus stop (role=grid with aria-activedescendant): arrows move, Enter
 * opens, V / F / U mark verified / flagged / unreviewed, N writes a note.
 */
export function GridTable({
  rows,
  types,
  cells,
  counts,
  active,
  onActiveChange,
  onCommand,
  onViewportChange,
  onColumnAction,
}: {
  rows: GridRow[];
  types: ClauseTypeDefinition[];
  cells: ReadonlyMap<string, GridCellSummary>;
  counts: ReadonlyMap<string, ColumnCounts>;
  active: CellPosition | null;
  onActiveChange: (position: CellPosition) => void;
  onCommand: (command: GridCommand) => void;
  onViewportChange: (viewport: GridViewport) => void;
  onColumnAction: (typeId: string, action: 'search' | 'edit' | 'hide') => void;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const [sizing, setSizing] = useState<ColumnSizingState>({});

  const columns = useMemo<Array<ColumnDef<GridRow>>>(
    () => [
      { id: 'contract', header: 'Contract', size: CONTRACT_WIDTH, minSize: 140, maxSize: 480 },
      ...types.map((type): ColumnDef<GridRow> => ({ id: type.id, header: type.name, size: TYPE_WIDTH, minSize: 120, maxSize: 560 })),
    ],
    [types],
  );
  const table = useReactTable({
    data: rows,
    columns,
    getRowId: (row) => String(row.id),
    getCoreRowModel: getCoreRowModel(),
    state: { columnSizing: sizing },
    onColumnSizingChange: setSizing,
    enableColumnResizing: true,
    columnResizeMode: 'onChange',
  });
  const [contractColumn, ...typeColumns] = table.getVisibleLeafColumns();
  const contractWidth = contractColumn?.getSize() ?? CONTRACT_WIDTH;
  const headers = table.getHeaderGroups()[0]?.headers ?? [];

  const rowVirtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN_ROWS,
    scrollPaddingStart: HEADER_HEIGHT,
  });
  const columnVirtualizer = useVirtualizer({
    horizontal: true,
    count: typeColumns.length,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => typeColumns[index]?.getSize() ?? TYPE_WIDTH,
    overscan: OVERSCAN_COLUMNS,
    scrollPaddingStart: contractWidth,
  });
  // A resized column moves every column after it.
  const sizingKey = JSON.stringify(sizing);
  useEffect(() => columnVirtualizer.measure(), [sizingKey, types, columnVirtualizer]);

  const virtualRows = rowVirtualizer.getVirtualItems();
  const virtualColumns = columnVirtualizer.getVirtualItems();
  const width = contractWidth + columnVirtualizer.getTotalSize();
  const height = HEADER_HEIGHT + rowVirtualizer.getTotalSize();

  // Tell the fill what is on screen (the drawn range), once the scroll settles.
  const firstRow = virtualRows[0]?.index ?? 0;
  const lastRow = virtualRows[virtualRows.length - 1]?.index ?? -1;
  const firstCol = virtualColumns[0]?.index ?? 0;
  const lastCol = virtualColumns[virtualColumns.length - 1]?.index ?? -1;
  const reportViewport = useRef(onViewportChange);
  reportViewport.current = onViewportChange;
  useEffect(() => {
    const timer = window.setTimeout(() => {
      reportViewport.current({
        documentIds: rows.slice(firstRow, lastRow + 1).map((r) => r.id),
        typeIds: types.slice(firstCol, lastCol + 1).map((t) => t.id),
      });
    }, VIEWPORT_SETTLE_MS);
    return () => window.clearTimeout(timer);
  }, [rows, types, firstRow, lastRow, firstCol, lastCol]);

  // Keep the active cell in view when it moves by keyboard.
  useEffect(() => {
    if (!active) return;
    rowVirtualizer.scrollToIndex(active.row, { align: 'auto' });
    columnVirtualizer.scrollToIndex(active.col, { align: 'auto' });
  }, [active?.row, active?.col]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (rows.length === 0 || types.length === 0) return;
    // The first arrow key after tabbing in lands on the first cell (a click sets the cell itself).
    const at = active ?? { row: 0, col: 0 };
    const moved = active ? (row: number, col: number) => [row, col] as const : () => [0, 0] as const;
    const pageRows = Math.max(1, Math.floor(((scroller.current?.clientHeight ?? ROW_HEIGHT * 10) - HEADER_HEIGHT) / ROW_HEIGHT) - 1);
    const move = (row: number, col: number) => {
      event.preventDefault();
      const [r, c] = moved(row, col);
      onActiveChange({ row: clamp(r, rows.length), col: clamp(c, types.length) });
    };
    const ctrl = event.ctrlKey || event.metaKey;
    switch (event.key) {
      case 'ArrowDown':
        return move(at.row + 1, at.col);
      case 'ArrowUp':
        return move(at.row - 1, at.col);
      case 'ArrowRight':
        return move(at.row, at.col + 1);
      case 'ArrowLeft':
        return move(at.row, at.col - 1);
      case 'PageDown':
        return move(at.row + pageRows, at.col);
      case 'PageUp':
        return move(at.row - pageRows, at.col);
      case 'Home':
        return move(ctrl ? 0 : at.row, 0);
      case 'End':
        return move(ctrl ? rows.length - 1 : at.row, types.length - 1);
    }
    if (event.key === 'Escape') return onCommand({ kind: 'close' });
    if (!active || ctrl || event.altKey) return;
    const documentId = rows[active.row]?.id;
    const typeId = types[active.col]?.id;
    if (documentId === undefined || typeId === undefined) return;
    const key = event.key.toLowerCase();
    if (event.key === 'Enter') {
      event.preventDefault();
      onCommand({ kind: 'open', documentId, typeId });
    } else if (REVIEW_KEYS[key]) {
      event.preventDefault();
      onCommand({ kind: 'review', documentId, typeId, state: REVIEW_KEYS[key]! });
    } else if (key === 'n') {
      event.preventDefault();
      onCommand({ kind: 'note', documentId, typeId });
    }
  };

  const activeId = active && rows[active.row] && types[active.col] ? cellDomId(active.row, active.col) : undefined;
  return (
    <div
      className="grid-scroll"
      ref={scroller}
      role="grid"
      aria-label="Review grid: contracts by clause type"
      aria-rowcount={rows.length + 1}
      aria-colcount={types.length + 1}
      aria-activedescendant={activeId}
      tabIndex={0}
      onKeyDown={onKeyDown}
      data-testid="grid"
    >
      <div className="grid-canvas" style={{ width, height }}>
        <div className="grid-header" role="row" aria-rowindex={1} style={{ width, height: HEADER_HEIGHT }}>
          <div className="grid-corner" role="columnheader" aria-colindex={1} style={{ width: contractWidth }}>
            Contract <span className="grid-corner-count">{rows.length}</span>
            {headers[0] && <ResizeHandle onStart={headers[0].getResizeHandler()} />}
          </div>
          {virtualColumns.map((vc) => {
            const type = types[vc.index]!;
            const header = headers[vc.index + 1];
            return (
              <GridColumnHeader
                key={type.id}
                type={type}
                counts={counts.get(type.id)}
                colIndex={vc.index + 2}
                style={{ left: contractWidth + vc.start, width: vc.size, height: HEADER_HEIGHT }}
                onAction={(action) => onColumnAction(type.id, action)}
                resize={header ? <ResizeHandle onStart={header.getResizeHandler()} /> : null}
              />
            );
          })}
        </div>
        {virtualRows.map((vr) => {
          const row = rows[vr.index]!;
          return (
            <div
              key={row.id}
              className="grid-row"
              role="row"
              aria-rowindex={vr.index + 2}
              style={{ top: HEADER_HEIGHT + vr.start, height: vr.size, width }}
              data-testid="grid-row"
              data-document-id={row.id}
            >
              <div className="grid-rowhead" role="rowheader" aria-colindex={1} style={{ width: contractWidth }} title={row.path}>
                <span className="grid-rowhead-title" data-testid="grid-row-title">
                  {row.title}
                  {/* The file name under the contract's own title, as in the library (issue 12). */}
                  {fileName(row.path) !== row.title && <span className="grid-rowhead-file"> · {fileName(row.path)}</span>}
                </span>
              </div>
              {virtualColumns.map((vc) => {
                const type = types[vc.index]!;
                const isActive = active?.row === vr.index && active.col === vc.index;
                return (
                  <GridCellView
                    key={type.id}
                    id={cellDomId(vr.index, vc.index)}
                    colIndex={vc.index + 2}
                    typeId={type.id}
                    cell={cells.get(cellKey(row.id, type.id))}
                    active={isActive}
                    style={{ left: contractWidth + vc.start, width: vc.size }}
                    onOpen={() => {
                      onActiveChange({ row: vr.index, col: vc.index });
                      onCommand({ kind: 'open', documentId: row.id, typeId: type.id });
                    }}
                  />
                );
              })}
            </div>
          );
        })}
      </div>
    </div>
  );
}

function ResizeHandle({ onStart }: { onStart: (event: unknown) => void }) {
  return <span className="grid-resize" aria-hidden="true" onMouseDown={onStart} onTouchStart={onStart} onClick={(e) => e.stopPropagation()} />;
}

function clamp(value: number, count: number): number {
  return Math.min(Math.max(value, 0), count - 1);
}

export function cellDomId(row: number, col: number): string {
  return `grid-cell-${row}-${col}`;
}
