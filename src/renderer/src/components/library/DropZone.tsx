import { useState, type DragEvent, type ReactNode } from 'react';
import { api } from '../../api/client';

/**
 * Accepts files and folders dropped anywhere on the window. Only the app's preload can
 * turn a dropped File into a path on disk (Electron's webUtils); a plain browser cannot,
 * so there the user is pointed to the path field instead.
 */
export function DropZone({
  onPaths,
  onProblem,
  children,
}: {
  onPaths: (paths: string[]) => void;
  onProblem: (message: string) => void;
  children: ReactNode;
}) {
  const [over, setOver] = useState(false);

  const hasFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

  const onDragOver = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setOver(true);
  };

  const onDrop = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    setOver(false);
    const files = [...event.dataTransfer.files];
    if (files.length === 0) return;
    const host = api();
    if (!host.pathsForFiles) {
      onProblem('This window cannot see where dropped files live; type their paths under “Add by path” instead.');
      return;
    }
    const paths = host.pathsForFiles(files).filter(Boolean);
    if (paths.length === 0) onProblem('Those items are not files on this computer; drop PDF or text files, or folders of them.');
    else onPaths(paths);
  };

  return (
    <div
      className={`dropzone${over ? ' is-over' : ''}`}
      onDragOver={onDragOver}
      onDragLeave={(event) => {
        // Leaving a child element also fires dragleave; only leaving the window counts.
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={onDrop}
      data-testid="dropzone"
    >
      {children}
      {over && (
        <div className="dropzone-overlay" aria-hidden="true">
          <p>Drop contracts to add them to your library</p>
        </div>
      )}
    </div>
  );
}
