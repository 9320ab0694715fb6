import type { DocumentSummary } from '../../../../shared/api';
import { documentState } from '../../lib/document-state';
import { plural } from '../../lib/format';

/** One document: title, size, state (and why it failed), and Remove. */
export function DocumentItem({
  doc,
  embedding,
  onRemove,
}: {
  doc: DocumentSummary;
  /** Whether a bi-encoder is loaded, so unembedded passages are still to come. */
  embedding: boolean;
  onRemove: () => void;
}) {
  const status = documentState(doc, embedding);
  return (
    <li className={`doc is-${status.tone}`} data-testid="document-item" data-document-id={doc.id}>
      <div className="doc-main">
        <span className="doc-title" title={doc.path}>
          {doc.title}
        </span>
        <span className={`badge badge-${status.tone}`} data-testid="document-status">
          {status.label}
        </span>
      </div>
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
        <button type="button" className="doc-remove button-quiet" onClick={onRemove} aria-label={`Remove ${doc.title}`} data-testid="document-remove">
          Remove
        </button>
      </div>
    </li>
  );
}
