import type { DocumentSummary } from '../../../shared/api';
import { fileName } from './format';

export type LibrarySort = 'name' | 'added' | 'pages';

export const LIBRARY_SORTS: Array<[LibrarySort, string]> = [
  ['name', 'Name'],
  ['added', 'Date added'],
  ['pages', 'Pages'],
];

/** Documents whose title or file name holds every word of the filter, in the chosen order; failed ones last. */
export function arrangeLibrary(documents: readonly DocumentSummary[], filter: string, sort: LibrarySort): DocumentSummary[] {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  const matching = documents.filter((d) => {
    const haystack = `${d.title} ${d.parties ?? ''} ${fileName(d.path)}`.toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
  const compare = (a: DocumentSummary, b: DocumentSummary): number => {
    if (sort === 'added') return b.ingestedAt.localeCompare(a.ingestedAt) || a.id - b.id;
    if (sort === 'pages') return b.pageCount - a.pageCount || a.title.localeCompare(b.title);
    return a.title.localeCompare(b.title, undefined, { sensitivity: 'base', numeric: true });
  };
  const sorted = [...matching].sort(compare);
  return [...sorted.filter((d) => d.status === 'ready'), ...sorted.filter((d) => d.status !== 'ready')];
}
