/**
 * Reads the cited quotes back out of an export (DOCX or CSV) with their provenance, for
 * `clause-search verify`. DOCX: each citation heading carries a footnote reference; the
 * footnote holds "sha256 …" and "characters N–M"; the Quote-style paragraphs after the
 * heading are the quotation. CSV: the text, source_sha256, char_start and char_end columns.
 */
import JSZip from 'jszip';
import { parseDelimited } from '../eval/delimited';

export interface CitedQuote {
  /** The citation line as exported, to name the clause in the report. */
  citation: string;
  sha256: string | null;
  charStart: number | null;
  charEnd: number | null;
  quote: string;
}

export class ExportReadError extends Error {}

const SHA = /sha256 ([0-9a-f]{64})/i;
const CHARS = /characters (\d+)[–-](\d+)/;

export async function readExportFile(fileName: string, bytes: Uint8Array): Promise<CitedQuote[]> {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.docx')) return readDocx(bytes);
  if (lower.endsWith('.csv')) return readCsv(new TextDecoder().decode(bytes));
  throw new ExportReadError('Only Word (.docx) and CSV (.csv) exports from Clause Search can be verified.');
}

function readCsv(content: string): CitedQuote[] {
  let rows: string[][];
  try {
    rows = parseDelimited(content.replace(/^\uFEFF/, '')).filter((row) => row.some((field) => field !== ''));
  } catch {
    throw new ExportReadError('This CSV file could not be read; export it again from Clause Search.');
  }
  const [header, ...body] = rows;
  const column = (name: string) => header?.indexOf(name) ?? -1;
  const [citation, text, sha, start, end] = ['citation', 'text', 'source_sha256', 'char_start', 'char_end'].map(column);
  if (text! < 0 || sha! < 0 || start! < 0 || end! < 0) {
    throw new ExportReadError('This CSV has no provenance columns (source_sha256, char_start, char_end); export it again from this version of Clause Search.');
  }
  return body.map((row) => ({
    citation: row[citation!] ?? '',
    sha256: row[sha!] || null,
    charStart: toNumber(row[start!]),
    charEnd: toNumber(row[end!]),
    quote: undefuse(row[text!] ?? ''),
  }));
}

/** The CSV export puts a ' before text starting with =, +, -, @ (spreadsheet formulas); take it off again. */
function undefuse(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

function toNumber(value: string | undefined): number | null {
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : null;
}

async function readDocx(bytes: Uint8Array): Promise<CitedQuote[]> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new ExportReadError('This Word file could not be opened; it may be damaged.');
  }
  const documentXml = await zip.file('word/document.xml')?.async('string');
  if (!documentXml) throw new ExportReadError('This is not a Word document.');
  const footnotesXml = (await zip.file('word/footnotes.xml')?.async('string')) ?? '';
  const footnotes = new Map<string, string>();
  for (const m of footnotesXml.matchAll(/<w:footnote\b[^>]*w:id="(-?\d+)"[^>]*>([\s\S]*?)<\/w:footnote>/g)) footnotes.set(m[1]!, xmlText(m[2]!));

  const quotes: CitedQuote[] = [];
  let current: CitedQuote | null = null;
  for (const m of documentXml.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)) {
    const body = m[1]!;
    const style = /<w:pStyle w:val="([^"]+)"/.exec(body)?.[1];
    const reference = /<w:footnoteReference w:id="(-?\d+)"/.exec(body)?.[1];
    if (reference !== undefined) {
      const note = footnotes.get(reference) ?? '';
      const chars = CHARS.exec(note);
      current = {
        citation: xmlText(body),
        sha256: SHA.exec(note)?.[1] ?? null,
        charStart: chars ? Number(chars[1]) : null,
        charEnd: chars ? Number(chars[2]) : null,
        quote: '',
      };
      quotes.push(current);
    } else if (current && style === 'Quote') {
      current.quote += (current.quote ? '\n' : '') + xmlText(body);
    } else if (current && current.quote) {
      current = null;
    }
  }
  if (quotes.length === 0) throw new ExportReadError('This Word file has no cited clauses with provenance footnotes; export it again from this version of Clause Search.');
  return quotes;
}

/** The visible text of a piece of WordprocessingML (runs' <w:t>), entities decoded. */
function xmlText(xml: string): string {
  let text = '';
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)) text += m[1] === undefined ? ' ' : m[1];
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');
}
