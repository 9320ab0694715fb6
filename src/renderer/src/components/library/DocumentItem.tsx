import { useState } from 'react';
import type { DocumentSummary } from '../../../../shared/api';
import { documentState } from '../../lib/document-state';
import { fileName, plural } from '../../lib/format';
import { RenameField } from './RenameField';

/** One document: its title (the contract's own, or the user's), the file name under it, size, state (and why it failed), Rename and Remove. */
export function DocumentItem({
  doc,
  embedding,
  onRemove,
  onRename,
}: {
  doc: DocumentSummary;
  /** Whether a bi-encoder is loaded, so unembedded passages are still to come. */
  embedding: boolean;
  onRemove: () => void;
  onRename?: (title: string) => Promise<void>;
}) {
  const status = documentState(doc, embedding);
  const [renaming, setRenaming] = useState(false);
  const file = fileName(doc.path);
  return (
    <li className={`doc is-${status.tone}`} data-testid="document-item" data-document-id={doc.id}>
      <div className="doc-main">
        {renaming && onRename ? (
          <RenameField title={doc.title} onRename={onRename} onDone={() => setRenaming(false)} />
        ) : (
          <span className="doc-title" title={doc.parties ? `${doc.title} — ${doc.parties}` : doc.title} data-testid="document-title">
            {doc.title}
            {doc.parties && <span className="doc-parties"> — {doc.parties}</span>}
          </span>
        )}
        <span className={`badge badge-${status.tone}`} data-testid="document-status">
          {status.label}
        </span>
      </div>
      {file !== doc.title && (
        <span className="doc-file" title={doc.path} data-testid="document-file">
          {file}
        </span>
      )}
      {doc.status === 'failed' && (
        <p className="doc-error" data-testid="document-error">
          {doc.error ?? 'This file could not be read.'}
        </p>
      )}
      {(doc.notes ?? []).map((note) => (
        <p key={note} className="doc-note" data-testid="document-note">
          {note}
        </p>
      ))}
      <div className="doc-foot">
        <span className="doc-meta">{doc.status === 'ready' ? `${plural(doc.pageCount, 'page')} · ${plural(doc.clauseCount, 'clause')}` : doc.path}</span>
        {onRename && doc.status === 'ready' && (
          <button type="button" className="doc-remove button-quiet" onClick={() => setRenaming(true)} aria-label={`Rename ${doc.title}`} data-testid="document-rename">
            Rename
          </button>
        )}
        <button type="button" className="doc-remove button-quiet" onClick={onRemove} aria-label={`Remove ${doc.title}`} data-testid="document-remove">
          Remove
        </button>
      </div>
    </li>
  );
}
