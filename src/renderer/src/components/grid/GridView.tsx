import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DocumentSummary } from '../../../../shared/api';
import type { ReviewState } from '../../../../shared/grid-api';
import { api, errorSentence } from '../../api/client';
import { cellKey } from '../../state/grid/grid-fill';
import { columnCounts, matchesFilter, shownColumns } from '../../state/grid/grid-columns';
import { useClauseTypes } from '../../state/grid/useClauseTypes';
import { useGridFill } from '../../state/grid/useGridFill';
import { Banner } from '../common/Banner';
import { EmptyState } from '../common/EmptyState';
import { CellPanel } from './CellPanel';
import { ColumnPicker } from './ColumnPicker';
import { GridExportMenu } from './GridExportMenu';
import { GridFillStatus } from './GridFillStatus';
import { GridTable, type CellPosition, type GridCommand, type GridRow } from './GridTable';
import './grid.css';

/** A search narrowed to the documents where a clause type is found. */
export interface GridScope {
  typeName: string;
  documentIds: number[];
}

/** Library changes come per file during an import; the grid refills once they settle. */
const REFILL_SETTLE_MS = 400;

/**
 * The review grid: contracts down, clause types across, filled by the engine with the
 * cells on screen first. A cell opens in the panel beside the grid (its clause in the
 * contract, on its page, and why); the keyboard reviews it. Stays mounted while the
 * Search view is shown (`active` false), so a fill and its cells survive a look away.
 */
export function GridView({
  active,
  documents,
  onSearchScope,
}: {
  active: boolean;
  /** The library; null while it loads. */
  documents: DocumentSummary[] | null;
  onSearchScope: (scope: GridScope) => void;
}) {
  const columnTypes = useClauseTypes();
  const fill = useGridFill();
  const [setName, setSetName] = useState<string | null>(null);
  const [setColumns, setSetColumns] = useState<string[] | null>(null);
  const [pickerOpen, setPickerOpen] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [filter, setFilter] = useState('');
  const [cursor, setCursor] = useState<CellPosition | null>(null);
  const [panelOpen, setPanelOpen] = useState(false);
  const [noteRequest, setNoteRequest] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const gridRef = useRef<HTMLDivElement>(null);

  const types = useMemo(() => shownColumns(columnTypes.types ?? [], setColumns), [columnTypes.types, setColumns]);
  const ready = useMemo(() => (documents ?? []).filter((d) => d.status === 'ready'), [documents]);
  const rows = useMemo<GridRow[]>(
    () => ready.filter((d) => matchesFilter(filter, d.title, d.path)).map((d) => ({ id: d.id, title: d.title, path: d.path })),
    [ready, filter],
  );
  const rowIds = useMemo(() => new Set(rows.map((r) => r.id)), [rows]);
  const counts = useMemo(() => columnCounts(fill.state.cells.values(), rowIds), [fill.state.cells, rowIds]);
  const typeIds = useMemo(() => types.map((t) => t.id), [types]);
  const documentIds = useMemo(() => rows.map((r) => r.id), [rows]);

  // Removed documents leave the grid.
  const { keepDocuments } = fill;
  useEffect(() => {
    if (documents) keepDocuments(new Set(documents.map((d) => d.id)));
  }, [documents, keepDocuments]);

  // Fill whenever what is on screen changes (cached cells come straight back), not after a cancel.
  const filled = useRef<{ types: string; documents: string } | null>(null);
  const typesKey = typeIds.join(',');
  const documentsKey = documentIds.join(',');
  const { start } = fill;
  useEffect(() => {
    const last = filled.current;
    if (!active || typeIds.length === 0 || documentIds.length === 0 || (last?.types === typesKey && last.documents === documentsKey)) return;
    // New columns fill at once; an import changes the rows file by file, so wait for it to settle.
    const wait = last && last.types === typesKey ? REFILL_SETTLE_MS : 0;
    const timer = window.setTimeout(() => {
      filled.current = { types: typesKey, documents: documentsKey };
      void start(typeIds, documentIds);
    }, wait);
    return () => window.clearTimeout(timer);
  }, [active, typesKey, documentsKey, typeIds, documentIds, start]);

  /** `typeIds` when the caller has just saved the set (the list of sets is still being read again). */
  const chooseSet = (name: string | null, typeIds?: string[]) => {
    setSetName(name);
    setSetColumns(name === null ? null : (typeIds ?? columnTypes.sets.find((s) => s.name === name)?.typeIds ?? []));
    setCursor(null);
  };

  const cursorRow = cursor ? rows[cursor.row] : undefined;
  const cursorType = cursor ? types[cursor.col] : undefined;
  const openSummary = cursorRow && cursorType ? fill.state.cells.get(cellKey(cursorRow.id, cursorType.id)) : undefined;

  const review = useCallback(
    async (documentId: number, typeId: string, state: ReviewState, note?: string | null) =>
      fill.review({ documentId, typeId, state, ...(note !== undefined ? { note } : {}) }),
    [fill.review],
  );

  const onCommand = (command: GridCommand) => {
    if (command.kind === 'close') setPanelOpen(false);
    else if (command.kind === 'open') setPanelOpen(true);
    else if (command.kind === 'note') {
      setPanelOpen(true);
      setNoteRequest((n) => n + 1);
    } else if (fill.state.cells.has(cellKey(command.documentId, command.typeId))) {
      void review(command.documentId, command.typeId, command.state).then((problem) => problem && setNotice(problem));
    }
  };

  const onColumnAction = async (typeId: string, action: 'search' | 'edit' | 'hide') => {
    const type = types.find((t) => t.id === typeId);
    if (!type) return;
    if (action === 'edit') {
      setEditing(typeId);
      setPickerOpen(true);
    } else if (action === 'hide') {
      if (setColumns) setSetColumns(setColumns.filter((id) => id !== typeId));
      else {
        const problem = await columnTypes.editType(typeId, { hidden: true });
        if (problem) setNotice(problem);
      }
      setCursor(null);
    } else {
      try {
        const found = await api().documentsWhereFound(typeId);
        if (found.length === 0) setNotice(`No contract has a ${type.name} clause found yet; fill the grid first, or search all documents.`);
        else onSearchScope({ typeName: type.name, documentIds: found });
      } catch (e) {
        setNotice(errorSentence(e));
      }
    }
  };

  const noLibrary = documents !== null && ready.length === 0;
  return (
    <section className="main-view grid-view" aria-label="Review grid" data-testid="grid-view" hidden={!active}>
      <div className="grid-toolbar">
        <button type="button" className="button" onClick={() => setPickerOpen(true)} disabled={!columnTypes.types} data-testid="grid-columns">
          Columns <span className="count">{types.length}</span>
        </button>
        <label className="grid-set">
          <span className="visually-hidden">Column set</span>
          <select value={setName ?? ''} onChange={(e) => chooseSet(e.target.value || null)} data-testid="grid-set">
            <option value="">All columns</option>
            {columnTypes.sets.map((set) => (
              <option key={set.name} value={set.name}>
                {set.name}
              </option>
            ))}
          </select>
        </label>
        <input
          className="grid-filter"
          type="search"
          value={filter}
          onChange={(e) => {
            setFilter(e.target.value);
            setCursor(null);
          }}
          placeholder="Filter contracts"
          aria-label="Filter contracts"
          data-testid="grid-filter"
        />
        <GridFillStatus state={fill.state} onCancel={() => void fill.cancel()} onResume={() => void start(typeIds, documentIds)} />
        <GridExportMenu typeIds={typeIds} documentIds={documentIds} disabled={typeIds.length === 0 || documentIds.length === 0} />
      </div>
      {(columnTypes.error || notice) && (
        <Banner tone="error" testId="grid-notice" onDismiss={notice ? () => setNotice(null) : undefined}>
          {notice ?? columnTypes.error}
        </Banner>
      )}
      <div className={`grid-body${panelOpen && cursorRow && cursorType ? ' has-panel' : ''}`}>
        <div className="grid-area" ref={gridRef}>
          {documents === null || !columnTypes.types ? (
            <p className="panel-loading" data-testid="grid-loading">
              Opening the library…
            </p>
          ) : noLibrary ? (
            <EmptyState title="Add contracts to review them in a grid" testId="grid-empty">
              Drop contracts into the window or use Open…; each becomes a row, each clause type a column.
            </EmptyState>
          ) : types.length === 0 ? (
            <EmptyState title="No columns are shown" testId="grid-no-columns">
              Choose clause types under Columns, or pick a saved set.
            </EmptyState>
          ) : rows.length === 0 && filter ? (
            <EmptyState title={`No contract matches “${filter}”`} testId="grid-no-rows" />
          ) : (
            <GridTable
              rows={rows}
              types={types}
              cells={fill.state.cells}
              counts={counts}
              active={cursor}
              onActiveChange={setCursor}
              onCommand={onCommand}
              onViewportChange={fill.setViewport}
              onColumnAction={(typeId, action) => void onColumnAction(typeId, action)}
            />
          )}
        </div>
        {panelOpen && cursorRow && cursorType && (
          <CellPanel
            documentTitle={cursorRow.title}
            type={cursorType}
            summary={openSummary}
            noteRequest={noteRequest}
            onReview={(state, note) => review(cursorRow.id, cursorType.id, state, note)}
            onClose={() => {
              setPanelOpen(false);
              gridRef.current?.querySelector<HTMLElement>('[role=grid]')?.focus();
            }}
            onReturnFocus={() => gridRef.current?.querySelector<HTMLElement>('[role=grid]')?.focus()}
          />
        )}
      </div>
      {pickerOpen && (
        <ColumnPicker
          columnTypes={columnTypes}
          shownIds={typeIds}
          setName={setName}
          onShownChange={setSetColumns}
          onSetChosen={chooseSet}
          editing={editing}
          onEdit={setEditing}
          onClose={() => {
            setPickerOpen(false);
            setEditing(null);
          }}
        />
      )}
    </section>
  );
}
