/**
 * Printed page numbers ("83", "iv", "A-3") for each page of a PDF, read from the lines
 * at the page's top and bottom edges (where the ingest finds running headers and
 * footers) and checked by sequence: a reading is trusted only when another page
 * within a few pages continues the same numbering (same scheme, numbers increasing by
 * one per page). Pages between two trusted pages of one numbering get their number by
 * the same rule ('inferred'). A lone or contradicted reading is kept as 'unchecked' and
 * never cited.
 */
import { readPageLabel, toRoman, type PageLabelReading } from './page-label';

export type PrintedPageCheck = 'sequence' | 'inferred' | 'unchecked';

export interface PrintedPage {
  pageNumber: number;
  label: string | null;
  check: PrintedPageCheck | null;
}

/** What the detector needs of a page: its number in the PDF and its lines in reading order. */
export interface PageEdgeSource {
  pageNumber: number;
  lines: ReadonlyArray<{ text: string }>;
}

const EDGE_LINES = 4;
// How far (in pages) a reading looks for another page of its numbering.
const SEQUENCE_REACH = 3;

interface Candidate extends PageLabelReading {
  pageNumber: number;
  /** Numbering key: scheme and offset from the PDF position, equal along one run of numbering. */
  key: string;
}

function edgeTexts(page: PageEdgeSource): string[] {
  const texts = page.lines.map((l) => l.text);
  if (texts.length <= EDGE_LINES * 2) return [...texts].reverse();
  // Footers first: they carry page numbers more often than headers.
  return [...texts.slice(-EDGE_LINES).reverse(), ...texts.slice(0, EDGE_LINES)];
}

function candidatesOf(page: PageEdgeSource): Candidate[] {
  const found: Candidate[] = [];
  for (const text of edgeTexts(page)) {
    const reading = readPageLabel(text);
    if (!reading) continue;
    const key = `${reading.scheme}|${reading.value - page.pageNumber}`;
    if (!found.some((c) => c.key === key)) found.push({ ...reading, pageNumber: page.pageNumber, key });
  }
  return found;
}

function labelFor(scheme: string, value: number): string {
  if (scheme === 'roman') return toRoman(value);
  if (scheme === 'ROMAN') return toRoman(value).toUpperCase();
  if (scheme.startsWith('prefix:')) return `${scheme.slice('prefix:'.length)}-${value}`;
  return String(value);
}

export function detectPrintedPages(pages: readonly PageEdgeSource[]): PrintedPage[] {
  const perPage = pages.map(candidatesOf);
  // How many pages support each numbering; each page takes its best-supported reading.
  const support = new Map<string, number>();
  for (const candidates of perPage) for (const c of candidates) support.set(c.key, (support.get(c.key) ?? 0) + 1);
  const chosen: Array<Candidate | null> = perPage.map((candidates) => {
    let best: Candidate | null = null;
    for (const c of candidates) if (!best || support.get(c.key)! > support.get(best.key)!) best = c;
    return best;
  });

  const result: PrintedPage[] = pages.map((page, i) => {
    const c = chosen[i];
    return { pageNumber: page.pageNumber, label: c?.label ?? null, check: c ? 'unchecked' : null };
  });
  const labelled = chosen.flatMap((c, i) => (c ? [i] : []));
  for (const index of labelled) {
    const key = chosen[index]!.key;
    for (let other = Math.max(0, index - SEQUENCE_REACH); other <= Math.min(pages.length - 1, index + SEQUENCE_REACH); other++) {
      if (other !== index && chosen[other]?.key === key) result[index]!.check = 'sequence';
    }
  }
  // Gaps inside one run of numbering (a chapter's first page often has no footer).
  const trusted = labelled.filter((i) => result[i]!.check === 'sequence');
  for (let k = 0; k + 1 < trusted.length; k++) {
    const from = trusted[k]!;
    const to = trusted[k + 1]!;
    const run = chosen[from]!;
    if (run.key !== chosen[to]!.key || to - from < 2) continue;
    for (let i = from + 1; i < to; i++) {
      if (result[i]!.check !== null) continue;
      const value = run.value + (pages[i]!.pageNumber - run.pageNumber);
      result[i] = { pageNumber: pages[i]!.pageNumber, label: labelFor(run.scheme, value), check: 'inferred' };
    }
  }
  return result;
}

/** The label a citation may use: trusted readings only. */
export function citablePrintedLabel(page: Pick<PrintedPage, 'label' | 'check'> | undefined): string | null {
  return page && page.label !== null && (page.check === 'sequence' || page.check === 'inferred') ? page.label : null;
}
