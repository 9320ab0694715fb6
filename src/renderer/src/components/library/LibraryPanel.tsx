import { useRef, useState } from 'react';
import { api, errorSentence } from '../../api/client';
import { plural } from '../../lib/format';
import { arrangeLibrary, type LibrarySort } from '../../lib/library-order';
import type { Library } from '../../state/useLibrary';
import { Banner } from '../common/Banner';
import { EmptyState } from '../common/EmptyState';
import { AddPathsForm } from './AddPathsForm';
import { DocumentItem } from './DocumentItem';
import { JobProgress } from './JobProgress';
import { LibraryTools } from './LibraryTools';
import { WatchedFolders } from './WatchedFolders';

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
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<LibrarySort>('name');
  const [renameError, setRenameError] = useState<string | null>(null);
  const rename = async (documentId: number, title: string) => {
    try {
      setRenameError(null);
      await api().renameDocument(documentId, title);
    } catch (e) {
      setRenameError(errorSentence(e));
    }
    await library.refresh();
  };
  const shown = documents ? arrangeLibrary(documents, filter, sort) : [];

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
      {documents && documents.length > 1 && <LibraryTools filter={filter} onFilter={setFilter} sort={sort} onSort={setSort} />}
      {(library.error || notice || renameError) && (
        <Banner tone="error" onDismiss={notice ? onNoticeDismiss : undefined} testId="library-error">
          {notice ?? library.error ?? renameError}
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
              {shown.map((doc) => (
                <DocumentItem
                  key={doc.id}
                  doc={doc}
                  embedding={embedding}
                  onRename={(title) => rename(doc.id, title)}
                  onRemove={() => {
                    onRemoved(doc.id);
                    void library.removeDocument(doc.id);
                  }}
                />
              ))}
            </ul>
          )}
          {documents && documents.length > 0 && shown.length === 0 && (
            <p className="panel-loading" data-testid="library-no-match">
              No document’s title or file name has “{filter.trim()}”.
            </p>
          )}
        </div>
      </div>
      <WatchedFolders />
      <AddPathsForm ref={pathField} onAdd={(paths) => void library.addPaths(paths)} />
    </aside>
  );
}
