/** Previous / next page buttons for the PDF view, with where the clause lies. */
export function PageNavigator({
  page,
  pageCount,
  clausePages,
  onPage,
  printedLabel,
}: {
  /** The printed number of the page shown, where it can be trusted. */
  printedLabel?: string | null;
  page: number;
  pageCount: number;
  clausePages: [number, number];
  onPage: (page: number) => void;
}) {
  const [first, last] = clausePages;
  return (
    <nav className="page-nav" aria-label="Pages">
      <button type="button" className="button-quiet" onClick={() => onPage(page - 1)} disabled={page <= 1} aria-label="Previous page">
        ‹
      </button>
      <span className="page-nav-label" data-testid="pdf-page-label">
        {printedLabel && printedLabel !== String(page) ? `Page ${printedLabel} [PDF p. ${page} of ${pageCount}]` : `Page ${page} of ${pageCount}`}
      </span>
      <button type="button" className="button-quiet" onClick={() => onPage(page + 1)} disabled={page >= pageCount} aria-label="Next page">
        ›
      </button>
      {(page < first || page > last) && (
        <button type="button" className="button-link" onClick={() => onPage(first)}>
          Back to the clause
        </button>
      )}
    </nav>
  );
}
