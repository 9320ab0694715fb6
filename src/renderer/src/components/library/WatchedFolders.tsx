import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { WatchedFolder } from '../../../../shared/app-api';
import { api, errorSentence } from '../../api/client';
import { useAppEvent } from '../../state/useAppEvent';
import './watched-folders.css';

/**
 * Folders the library keeps in line with the disk: each with what the app is doing
 * about it (scanning, or the last pass's summary), a way to add one and to stop watching.
 */
export function WatchedFolders() {
  const [folders, setFolders] = useState<WatchedFolder[]>([]);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const refresh = useCallback(() => {
    api().listWatchedFolders().then(setFolders, (e: unknown) => setError(errorSentence(e)));
  }, []);
  useEffect(refresh, [refresh]);
  useAppEvent((event) => {
    if (event.type === 'library-changed' || event.type === 'job-done') refresh();
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const folder = text.trim();
    if (!folder) return;
    setError(null);
    api().watchFolder(folder).then(
      (list) => {
        setFolders(list);
        setText('');
      },
      (e: unknown) => setError(errorSentence(e)),
    );
  };

  return (
    <section className="watched" aria-label="Watched folders" data-testid="watched-folders">
      <h3>Watched folders</h3>
      {folders.length > 0 && (
        <ul className="watched-list">
          {folders.map((f) => (
            <li key={f.path} data-testid="watched-folder">
              <span className="watched-path" title={f.path}>
                {f.path}
              </span>
              <span className="watched-state" data-testid="watched-state">
                {f.state}
              </span>
              <button
                type="button"
                className="button-quiet"
                onClick={() => void api().unwatchFolder(f.path).then(setFolders)}
                aria-label={`Stop watching ${f.path}`}
              >
                Stop
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p className="watched-error" role="alert" data-testid="watched-error">
          {error}
        </p>
      )}
      <form className="watched-add" onSubmit={submit}>
        <input
          aria-label="Folder to watch"
          placeholder="/path/to/contracts folder"
          value={text}
          onChange={(e) => setText(e.target.value)}
          data-testid="watch-input"
        />
        <button type="submit" className="button" disabled={!text.trim()} data-testid="watch-submit">
          Watch
        </button>
      </form>
    </section>
  );
}
