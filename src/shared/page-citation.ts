/**
 * How a citation names pages: by the number printed on the contract, with the PDF
 * position beside it where they differ ("p. 83 [PDF p. 100]"). Where no printed number
 * could be trusted the PDF position is cited as such ("PDF p. 100"). Used by the cards,
 * the context view, every export and the CLI, so they all cite alike.
 */

export interface PagePosition {
  pageStart: number;
  pageEnd: number;
  /** Printed numbers of the first and last page; null = none trusted; undefined = not known (older data). */
  printedPageStart?: string | null;
  printedPageEnd?: string | null;
}

function range(start: string, end: string): string {
  return start === end ? `p. ${start}` : `pp. ${start}–${end}`;
}

export function pageCitation(position: PagePosition): string {
  const pdf = range(String(position.pageStart), String(position.pageEnd));
  const { printedPageStart: start, printedPageEnd: end } = position;
  if (start === undefined && end === undefined) return pdf;
  if (!start || !end) return `PDF ${pdf}`;
  const printed = range(start, end);
  return printed === pdf ? printed : `${printed} [PDF ${pdf}]`;
}

/** Whether the citation uses the printed page numbers (false: the PDF position stands alone). */
export function citesPrintedPages(position: PagePosition): boolean {
  return !!position.printedPageStart && !!position.printedPageEnd;
}
