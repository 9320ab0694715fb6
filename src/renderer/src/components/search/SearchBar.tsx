import type { FormEvent, KeyboardEvent, Ref } from 'react';
import type { DocumentSummary } from '../../../../shared/api';

/** The query box and the document filter. Enter searches; ↓ moves into the results. */
export function SearchBar({
  query,
  onQueryChange,
  documents,
  documentId,
  onDocumentChange,
  onSearch,
  onArrowDown,
  inputRef,
}: {
  query: string;
  onQueryChange: (query: string) => void;
  documents: DocumentSummary[];
  documentId: number | null;
  onDocumentChange: (documentId: number | null) => void;
  onSearch: (query: string) => void;
  onArrowDown: () => void;
  inputRef?: Ref<HTMLInputElement>;
}) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (query.trim()) onSearch(query);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      onArrowDown();
    }
  };
  const ready = documents.filter((d) => d.status === 'ready');
  return (
    <form className="searchbar" role="search" onSubmit={submit}>
      <input
        ref={inputRef}
        type="search"
        className="search-input"
        aria-label="Search your contracts"
        placeholder="Ask a question, e.g. what happens if there is a flood?"
        title='Enter searches. Put "quotes" around words that must appear together.'
        value={query}
        onChange={(e) => onQueryChange(e.target.value)}
        onKeyDown={onKeyDown}
        data-testid="search-input"
      />
      <select
        className="search-filter"
        aria-label="Search in"
        value={documentId ?? ''}
        onChange={(e) => onDocumentChange(e.target.value === '' ? null : Number(e.target.value))}
        data-testid="document-filter"
      >
        <option value="">All documents</option>
        {ready.map((d) => (
          <option key={d.id} value={d.id}>
            {d.title}
          </option>
        ))}
      </select>
      <button type="submit" className="button button-primary" disabled={!query.trim()} data-testid="search-submit">
        Search
      </button>
    </form>
  );
}
