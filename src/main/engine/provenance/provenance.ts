/**
 * A cited clause's provenance, so another lawyer can re-check the quote offline: the
 * source file's sha256, its pages (printed and PDF position), the character offsets of
 * the clause in the document's text, the query, and the app and index version. Every
 * export carries it (DOCX footnote, CSV columns, Markdown line, `show --json`), and
 * `clause-search verify` reads it back (read-export.ts).
 */
import type { ClauseWithDocument } from '../../../shared/api';
import { hasFixedPages } from '../../../shared/document-format';
import { APP_VERSION } from './app-version';

export interface ProvenanceContext {
  query?: string;
  appVersion?: string;
  /** See index-version.ts; "unknown" when the caller has no database at hand. */
  indexVersion?: string;
}

export interface ClauseProvenance {
  sourceSha256: string;
  sourcePath: string;
  pdfPageStart: number;
  pdfPageEnd: number;
  printedPageStart: string | null;
  printedPageEnd: string | null;
  charStart: number;
  charEnd: number;
  query: string | null;
  appVersion: string;
  indexVersion: string;
}

export function clauseProvenance(clause: ClauseWithDocument, context: ProvenanceContext = {}): ClauseProvenance {
  return {
    sourceSha256: clause.documentSha256 ?? '',
    sourcePath: clause.documentPath,
    pdfPageStart: clause.pageStart,
    pdfPageEnd: clause.pageEnd,
    printedPageStart: clause.printedPageStart ?? null,
    printedPageEnd: clause.printedPageEnd ?? null,
    charStart: clause.charStart,
    charEnd: clause.charEnd,
    query: context.query ?? null,
    appVersion: context.appVersion ?? APP_VERSION,
    indexVersion: context.indexVersion ?? 'unknown',
  };
}

function pages(start: string | number, end: string | number): string {
  return String(start) === String(end) ? `p. ${start}` : `pp. ${start}–${end}`;
}

/**
 * One sentence for a footnote or a Markdown line. Its "sha256 …" and "characters N–M"
 * parts are what `verify` reads back, so their wording is fixed.
 */
export function provenanceNote(p: ClauseProvenance): string {
  const printed = p.printedPageStart && p.printedPageEnd ? `printed ${pages(p.printedPageStart, p.printedPageEnd)}` : 'no printed page number';
  const parts = [`Source sha256 ${p.sourceSha256 || 'unknown'}`];
  // A Word file reflows: it has no page to name.
  if (hasFixedPages(p.sourcePath)) parts.push(`PDF ${pages(p.pdfPageStart, p.pdfPageEnd)} (${printed})`);
  parts.push(`characters ${p.charStart}–${p.charEnd} of the document text`);
  if (p.query) parts.push(`found by “${p.query}”`);
  parts.push(`Clause Search ${p.appVersion}, index ${p.indexVersion}`);
  return `${parts.join('; ')}.`;
}

export const PROVENANCE_CSV_COLUMNS = [
  'source_sha256',
  'pdf_page_start',
  'pdf_page_end',
  'printed_page_start',
  'printed_page_end',
  'char_start',
  'char_end',
  'app_version',
  'index_version',
] as const;

export function provenanceCsvValues(p: ClauseProvenance): Array<string | number | null> {
  return [p.sourceSha256, p.pdfPageStart, p.pdfPageEnd, p.printedPageStart, p.printedPageEnd, p.charStart, p.charEnd, p.appVersion, p.indexVersion];
}
