/** A page's name in the context view: its printed number, with the PDF position where they differ. */
export function pageName(pageNumber: number, printedLabel: string | null | undefined): string {
  if (!printedLabel || printedLabel === String(pageNumber)) return `Page ${pageNumber}`;
  return `Page ${printedLabel} [PDF p. ${pageNumber}]`;
}
