import { useState, type FormEvent } from 'react';
import type { ClauseTypeDefinition } from '../../../../shared/grid-api';

/**
 * Name and question of a column: a new one of the user's own, or an edit of any column
 * (a built-in's search request can be reworded too). The engine recomputes only that column.
 */
export function ColumnEditor({
  type,
  onSave,
  onCancel,
}: {
  /** null: a new column. */
  type: ClauseTypeDefinition | null;
  onSave: (fields: { name: string; description: string; request?: string }) => Promise<string | null>;
  onCancel?: () => void;
}) {
  const [name, setName] = useState(type?.name ?? '');
  const [description, setDescription] = useState(type?.description ?? '');
  const [request, setRequest] = useState(type?.request ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const changedRequest = type && request.trim() !== type.request ? request.trim() : undefined;
    const problem = await onSave({ name: name.trim(), description: description.trim(), ...(changedRequest ? { request: changedRequest } : {}) });
    setBusy(false);
    setError(problem);
    if (!problem && !type) {
      setName('');
      setDescription('');
    }
  };

  return (
    <form className="column-editor" onSubmit={(e) => void submit(e)} data-testid={type ? 'column-edit-form' : 'column-add-form'}>
      <label className="grid-form-field">
        <span>Column name</span>
        <input value={name} onChange={(e) => setName(e.target.value)} maxLength={120} placeholder="Data breach notification" required autoFocus={type !== null} data-testid="column-name" />
      </label>
      <label className="grid-form-field">
        <span>{type?.builtIn ? 'Description' : 'Question or description'}</span>
        <textarea
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          rows={2}
          maxLength={2000}
          placeholder="Must a party notify the other of a data breach, and how soon?"
          required
          data-testid="column-question"
        />
      </label>
      {type && (
        <label className="grid-form-field">
          <span>Words searched for</span>
          <textarea value={request} onChange={(e) => setRequest(e.target.value)} rows={2} maxLength={2000} required data-testid="column-request" />
        </label>
      )}
      <div className="column-editor-actions">
        <button type="submit" className="button button-primary" disabled={busy || name.trim() === '' || description.trim() === ''} data-testid="column-save">
          {type ? 'Save column' : 'Add column'}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
      {error && (
        <p className="panel-error" role="alert" data-testid="column-error">
          {error}
        </p>
      )}
    </form>
  );
}
