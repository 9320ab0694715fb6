import type { ExtractedText } from '../types';
import { firstPageTitle } from './first-page-title';

/** The title to show: what the first page states, else the file's metadata title (null: use the file name); and the parties. */
export function documentTitle(extracted: Pick<ExtractedText, 'text' | 'pages' | 'title'>): { title: string | null; parties: string | null } {
  const firstPage = extracted.pages[0];
  const text = firstPage ? extracted.text.slice(firstPage.charStart, firstPage.charEnd) : extracted.text.slice(0, 3000);
  const stated = firstPageTitle(text);
  return { title: stated?.title ?? extracted.title, parties: stated?.parties ?? null };
}
