import { useRef } from 'react';
import type { DocumentSummary } from '../../../../shared/api';
import { plural } from '../../lib/format';
import type { Library } from '../../state/useLibrary';
import { Banner } from '../common/Banner';
import { EmptyState } from '../common/EmptyState';
import { AddPathsForm } from './AddPathsForm';
import { DocumentItem } from './DocumentItem';
import { JobProgress } from './JobProgress';
import { WatchedFolders } from './WatchedFolders';

/** Searchable documents first (in the engine's title order), then those that failed, to be dealt with. */
function readyFirst(documents: DocumentSummary[]): DocumentSummary[] {
  return [...documents.filter((d) => d.status === 'ready'), ...documents.filter((d) => d.status !== 'ready')];
}

/** The left column: Open…, imports in progress, and every document with its state. */
export function LibraryPanel({
  folded = false,
  drawer = false,
  library,
  embedding,
  notice,
  onNoticeDismiss,
  onRemoved,
}: {
  /** In a narrow window the library is a drawer; folded = the drawer is closed (out of the tab order). */
  folded?: boolean;
  drawer?: boolean;
  library: Library;
  embedding: boolean;
  notice: string | null;
  onNoticeDismiss: () => void;
  onRemoved: (documentId: number) => void;
}) {
  const pathField = useRef<HTMLTextAreaElement>(null);
  const { documents, jobs } = library;

  const open = async () => {
    // Without a native dialog (a plain browser), Open… leads to the path field.
    if (!(await library.openFiles())) pathField.current?.focus();
  };

  return (
    <aside
      id="library-panel"
      className={`library${drawer ? ' is-drawer' : ''}${folded ? ' is-folded' : ''}`}
      aria-label="Library"
      inert={folded}
      data-testid="library-panel"
    >
      <header className="panel-header">
        <h2>Library</h2>
        <span className="panel-count">{documents ? plural(documents.length, 'document') : ''}</span>
        <button type="button" className="button" onClick={() => void open()} data-testid="open-button">
          Open…
        </button>
      </header>
      {(library.error || notice) && (
        <Banner tone="error" onDismiss={notice ? onNoticeDismiss : undefined} testId="library-error">
          {notice ?? library.error}
        </Banner>
      )}
      {/* Only the jobs and the list scroll: the header, Open… and Add by path stay in view. */}
      <div className="library-scroll" data-testid="library-scroll">
        {jobs.map((job) => (
          <JobProgress
            key={job.jobId}
            job={job}
            onCancel={() => void library.cancelJob(job.jobId)}
            onDismiss={() => library.dismissJob(job.jobId)}
          />
        ))}
        <div className="library-list">
          {documents && documents.length === 0 && jobs.length === 0 && (
            <EmptyState title="Drop contracts here or click Open…" testId="library-empty">
              PDF and plain-text contracts, or whole folders. They stay on this computer.
            </EmptyState>
          )}
          {documents && documents.length > 0 && (
            <ul className="docs" data-testid="document-list">
              {readyFirst(documents).map((doc) => (
                <DocumentItem
                  key={doc.id}
                  doc={doc}
                  embedding={embedding}
                  onRemove={() => {
                    onRemoved(doc.id);
                    void library.removeDocument(doc.id);
                  }}
                />
              ))}
            </ul>
          )}
        </div>
      </div>
      <WatchedFolders />
      <AddPathsForm ref={pathField} onAdd={(paths) => void library.addPaths(paths)} />
    </aside>
  );
}
