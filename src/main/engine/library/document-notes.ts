/** Adds each document's notes (tracked changes, OCR quality, hard-to-read pages) to the library list. */
import type { Database } from 'better-sqlite3';
import type { DocumentSummary } from '../../../shared/api';
import { readAllDocumentExtras, type DocumentExtras } from '../store/document-extras';
import { FolderStore } from '../store/folder-store';

export const MISSING_NOTE = 'The file is no longer in its folder; its clauses are left out of search until it is back.';

export function withDocumentNotes(db: Database, documents: DocumentSummary[]): DocumentSummary[] {
  const extras = readAllDocumentExtras(db);
  const missing = new FolderStore(db).missingIds();
  return documents.map((d) => {
    const found = extras.get(d.id);
    const notes = found ? notesOf(found) : [];
    if (missing.has(d.id)) notes.push(MISSING_NOTE);
    return notes.length > 0 ? { ...d, notes } : d;
  });
}

export function notesOf(extras: DocumentExtras): string[] {
  const notes = [...extras.notes];
  if (extras.ocrPages.length > 0) {
    const confidence = extras.ocrConfidence === null ? '' : `, mean word confidence ${Math.round(extras.ocrConfidence)} %`;
    notes.push(`Read by OCR (${pageList(extras.ocrPages)})${confidence}.`);
  }
  if (extras.lowQualityPages.length > 0) {
    const many = extras.lowQualityPages.length > 1;
    notes.push(`${capitalise(pageList(extras.lowQualityPages))} ${many ? 'are' : 'is'} hard to read; check the scan.`);
  }
  return notes;
}

/** [3, 4, 5, 9] → "pages 3–5, 9"; [2] → "page 2". */
export function pageList(pages: readonly number[]): string {
  const sorted = [...new Set(pages)].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    ranges.push(i === j ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
    i = j;
  }
  return `${sorted.length === 1 ? 'page' : 'pages'} ${ranges.join(', ')}`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
