import { useState, type FormEvent } from 'react';
import type { ModelStatus } from '../../../../shared/api';
import type { AppInfo, AppSettings } from '../../../../shared/app-api';
import { api } from '../../api/client';
import { Dialog } from '../common/Dialog';

type NumberKey = 'topK' | 'topN' | 'rrfK' | 'lexicalWeight' | 'semanticWeight';

const NUMBER_FIELDS: Array<{ key: NumberKey; label: string; help: string; min: number; step: number }> = [
  { key: 'topK', label: 'Results shown (top k)', help: 'How many clauses a search returns.', min: 1, step: 1 },
  { key: 'topN', label: 'Candidates re-ranked (top n)', help: 'How many stage-1 clauses the cross-encoder reads; more is slower and finds more.', min: 1, step: 1 },
  { key: 'rrfK', label: 'Fusion constant (RRF k)', help: 'Higher values flatten the difference between the top ranks of each list.', min: 1, step: 1 },
  { key: 'lexicalWeight', label: 'Weight of word match', help: 'BM25 list’s weight in the fusion.', min: 0, step: 0.1 },
  { key: 'semanticWeight', label: 'Weight of meaning match', help: 'Bi-encoder list’s weight in the fusion.', min: 0, step: 0.1 },
];

/** Search settings, the models folder and what the engine is running on. */
export function SettingsDialog({
  settings,
  models,
  info,
  onSave,
  onClose,
}: {
  settings: AppSettings;
  models: ModelStatus | null;
  info: AppInfo | null;
  onSave: (patch: Partial<AppSettings>) => Promise<string | null>;
  onClose: () => void;
}) {
  const [draft, setDraft] = useState(() => ({
    ...Object.fromEntries(NUMBER_FIELDS.map(({ key }) => [key, String(settings[key])])),
    modelsDir: settings.modelsDir ?? '',
  }) as Record<NumberKey | 'modelsDir', string>);
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const patch: Partial<AppSettings> = { modelsDir: draft.modelsDir.trim() || null };
    for (const field of NUMBER_FIELDS) {
      const value = Number(draft[field.key]);
      if (!Number.isFinite(value) || value < field.min) {
        setMessage({ tone: 'error', text: `${field.label} must be a number of at least ${field.min}.` });
        return;
      }
      patch[field.key] = value;
    }
    setSaving(true);
    const error = await onSave(patch);
    setSaving(false);
    setMessage(error ? { tone: 'error', text: error } : { tone: 'ok', text: 'Saved.' });
  };

  const chooseFolder = async () => {
    const folder = await api().chooseModelsFolder?.();
    if (folder) setDraft((d) => ({ ...d, modelsDir: folder }));
  };

  return (
    <Dialog
      title="Settings"
      onClose={onClose}
      testId="settings-dialog"
      footer={
        <>
          {message && (
            <span className={`settings-message is-${message.tone}`} role={message.tone === 'error' ? 'alert' : 'status'} data-testid="settings-message">
              {message.text}
            </span>
          )}
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
          <button type="submit" form="settings-form" className="button button-primary" disabled={saving} data-testid="settings-save">
            {saving ? 'Saving…' : 'Save'}
          </button>
        </>
      }
    >
      <form id="settings-form" className="settings" onSubmit={(e) => void submit(e)}>
        <fieldset>
          <legend>Search</legend>
          {NUMBER_FIELDS.map((field) => (
            <div className="field" key={field.key}>
              <label htmlFor={`setting-${field.key}`}>{field.label}</label>
              <input
                id={`setting-${field.key}`}
                type="number"
                min={field.min}
                step={field.step}
                value={draft[field.key]}
                onChange={(e) => setDraft((d) => ({ ...d, [field.key]: e.target.value }))}
                aria-describedby={`help-${field.key}`}
                data-testid={`setting-${field.key}`}
              />
              <p className="field-help" id={`help-${field.key}`}>
                {field.help}
              </p>
            </div>
          ))}
        </fieldset>
        <fieldset>
          <legend>Models</legend>
          <div className="field">
            <label htmlFor="setting-modelsDir">Models folder</label>
            <div className="field-row">
              <input
                id="setting-modelsDir"
                type="text"
                placeholder="A folder with bi-encoder/ and cross-encoder/ — empty for word search only"
                value={draft.modelsDir}
                onChange={(e) => setDraft((d) => ({ ...d, modelsDir: e.target.value }))}
                data-testid="setting-modelsDir"
              />
              {api().chooseModelsFolder && (
                <button type="button" className="button" onClick={() => void chooseFolder()}>
                  Choose…
                </button>
              )}
            </div>
          </div>
          <dl className="facts">
            <div>
              <dt>Meaning search</dt>
              <dd data-testid="settings-semantic">{models?.semantic ? 'On' : 'Off'}</dd>
            </div>
            <div>
              <dt>Re-ranking</dt>
              <dd data-testid="settings-rerank">{models?.rerank ? 'On' : 'Off'}</dd>
            </div>
            <div>
              <dt>Device in use</dt>
              <dd data-testid="settings-device">{models?.device ?? 'None — no models loaded'}</dd>
            </div>
          </dl>
          {models && [...models.problems, ...models.notes].length > 0 && (
            <ul className="model-notes" data-testid="settings-model-notes">
              {models.problems.map((p) => (
                <li key={p} className="is-problem">
                  {p}
                </li>
              ))}
              {models.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          )}
        </fieldset>
        <fieldset>
          <legend>About</legend>
          <dl className="facts">
            <div>
              <dt>Database</dt>
              <dd className="mono" data-testid="settings-database">
                {info?.databasePath ?? '—'}
              </dd>
            </div>
            <div>
              <dt>Version</dt>
              <dd>{info?.version ?? '—'}</dd>
            </div>
          </dl>
        </fieldset>
      </form>
    </Dialog>
  );
}
