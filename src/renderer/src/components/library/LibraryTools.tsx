import './library-tools.css';
import { LIBRARY_SORTS, type LibrarySort } from '../../lib/library-order';

/** Find a document by title or file name, and order the list (name, date added, pages). */
export function LibraryTools({
  filter,
  onFilter,
  sort,
  onSort,
}: {
  filter: string;
  onFilter: (filter: string) => void;
  sort: LibrarySort;
  onSort: (sort: LibrarySort) => void;
}) {
  return (
    <div className="library-tools">
      <input
        type="search"
        className="library-filter"
        placeholder="Find a document"
        aria-label="Find a document by title or file name"
        value={filter}
        onChange={(e) => onFilter(e.target.value)}
        data-testid="library-filter"
      />
      <select className="library-sort" aria-label="Sort documents by" value={sort} onChange={(e) => onSort(e.target.value as LibrarySort)} data-testid="library-sort">
        {LIBRARY_SORTS.map(([id, label]) => (
          <option key={id} value={id}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}
