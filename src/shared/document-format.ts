/** Formats whose files have no fixed pages (Word reflows): their citations and views name no page. */
const PAGELESS_EXTENSIONS = ['.docx', '.doc'];

export function hasFixedPages(documentPath: string): boolean {
  const lower = documentPath.toLowerCase();
  return !PAGELESS_EXTENSIONS.some((extension) => lower.endsWith(extension));
}
