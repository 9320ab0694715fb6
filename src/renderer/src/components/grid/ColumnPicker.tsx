import { useEffect, useMemo, useState } from 'react';
import type { ClauseTypeDefinition } from '../../../../shared/grid-api';
import type { ClauseTypes } from '../../state/grid/useClauseTypes';
import { Dialog } from '../common/Dialog';
import { ColumnEditor } from './ColumnEditor';

/**
 * Which columns the grid shows. Without a set, a tick shows or hides a column for good
 * (hidden columns stay in the database); with a set chosen, ticks edit that set, saved
 * with "Save set". Any column can be edited; the user's own are added at the bottom.
 */
export function ColumnPicker({
  columnTypes,
  shownIds,
  setName,
  onShownChange,
  onSetChosen,
  editing,
  onEdit,
  onClose,
}: {
  columnTypes: ClauseTypes;
  shownIds: readonly string[];
  /** The saved set on screen, or null for "all columns not hidden". */
  setName: string | null;
  /** With a set chosen: the set's columns as ticked now (saved with Save set). */
  onShownChange: (typeIds: string[]) => void;
  onSetChosen: (name: string | null, typeIds?: string[]) => void;
  editing: string | null;
  onEdit: (typeId: string | null) => void;
  onClose: () => void;
}) {
  const types = columnTypes.types ?? [];
  const [filter, setFilter] = useState('');
  const [newSetName, setNewSetName] = useState('');
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const shown = useMemo(() => new Set(shownIds), [shownIds]);
  // A tick shows at once; the column list catches up when the engine has saved it.
  const [pending, setPending] = useState<ReadonlyMap<string, boolean>>(new Map());
  useEffect(() => setPending(new Map()), [columnTypes.types]);
  const isShown = (typeId: string) => pending.get(typeId) ?? shown.has(typeId);
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  const listed = types.filter((t) => words.every((w) => `${t.name} ${t.description}`.toLowerCase().includes(w)));
  const editedType = editing ? types.find((t) => t.id === editing) ?? null : null;

  const report = (problem: string | null, ok: string) => setMessage(problem ? { tone: 'error', text: problem } : { tone: 'ok', text: ok });

  const toggle = async (type: ClauseTypeDefinition, show: boolean) => {
    if (setName !== null) {
      onShownChange(show ? types.filter((t) => shown.has(t.id) || t.id === type.id).map((t) => t.id) : shownIds.filter((id) => id !== type.id));
      return;
    }
    setPending((current) => new Map(current).set(type.id, show));
    const problem = await columnTypes.editType(type.id, { hidden: !show });
    if (problem) {
      setMessage({ tone: 'error', text: problem });
      setPending((current) => {
        const next = new Map(current);
        next.delete(type.id);
        return next;
      });
    }
  };

  const saveSet = async (name: string) => {
    const problem = await columnTypes.saveSet(name, [...shownIds]);
    report(problem, `Saved the set “${name}”.`);
    if (!problem) {
      onSetChosen(name, [...shownIds]);
      setNewSetName('');
    }
  };

  return (
    <Dialog title="Columns" onClose={onClose} testId="column-picker">
      <div className="column-sets">
        <label className="grid-form-field is-inline">
          <span>Column set</span>
          <select value={setName ?? ''} onChange={(e) => onSetChosen(e.target.value || null)} data-testid="column-set-select">
            <option value="">All columns not hidden</option>
            {columnTypes.sets.map((set) => (
              <option key={set.name} value={set.name}>
                {set.name}
              </option>
            ))}
          </select>
        </label>
        {setName !== null && (
          <>
            <button type="button" className="button" onClick={() => void saveSet(setName)} data-testid="column-set-update">
              Save set
            </button>
            <button
              type="button"
              className="button-quiet"
              onClick={async () => {
                const problem = await columnTypes.removeSet(setName);
                report(problem, `Deleted the set “${setName}”.`);
                if (!problem) onSetChosen(null);
              }}
              data-testid="column-set-delete"
            >
              Delete set
            </button>
          </>
        )}
        <form
          className="column-set-new"
          onSubmit={(e) => {
            e.preventDefault();
            if (newSetName.trim()) void saveSet(newSetName.trim());
          }}
        >
          <input value={newSetName} onChange={(e) => setNewSetName(e.target.value)} placeholder="M&A diligence" maxLength={120} aria-label="New set name" data-testid="column-set-name" />
          <button type="submit" className="button" disabled={newSetName.trim() === '' || shownIds.length === 0} data-testid="column-set-save">
            Save these columns as a set
          </button>
        </form>
      </div>
      {message && (
        <p className={`column-message is-${message.tone}`} role={message.tone === 'error' ? 'alert' : 'status'} data-testid="column-message">
          {message.text}
        </p>
      )}
      <input className="column-filter" type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="Find a clause type" aria-label="Find a clause type" data-testid="column-filter" />
      <p className="muted column-count" data-testid="column-count">
        {shownIds.length} of {types.length} columns shown
        {setName !== null && (
          <>
            {' · '}
            <button type="button" className="button-link" onClick={() => onShownChange(types.map((t) => t.id))} data-testid="column-tick-all">
              Tick all
            </button>
            {' · '}
            <button type="button" className="button-link" onClick={() => onShownChange([])} data-testid="column-untick-all">
              Untick all
            </button>
          </>
        )}
      </p>
      <ul className="column-list" data-testid="column-list">
        {listed.map((type) =>
          editedType?.id === type.id ? (
            <li key={type.id} className="column-item is-editing">
              <ColumnEditor
                type={type}
                onSave={async (fields) => {
                  const problem = await columnTypes.editType(type.id, fields);
                  if (!problem) onEdit(null);
                  return problem;
                }}
                onCancel={() => onEdit(null)}
              />
            </li>
          ) : (
            <li key={type.id} className="column-item" data-testid="column-item" data-type-id={type.id}>
              <label className="column-toggle">
                <input type="checkbox" checked={isShown(type.id)} onChange={(e) => void toggle(type, e.target.checked)} data-testid="column-shown" />
                <span className="column-name">{type.name}</span>
                {!type.builtIn && <span className="column-own">your column</span>}
              </label>
              <span className="column-description muted">{type.description}</span>
              <button type="button" className="button-quiet" onClick={() => onEdit(type.id)} aria-label={`Edit ${type.name}`} data-testid="column-edit">
                Edit
              </button>
            </li>
          ),
        )}
      </ul>
      <h3 className="column-add-title">Add your own column</h3>
      <ColumnEditor type={null} onSave={async (fields) => {
        const problem = await columnTypes.addType(fields);
        report(problem, `Added the column “${fields.name}”.`);
        return problem;
      }} />
    </Dialog>
  );
}
