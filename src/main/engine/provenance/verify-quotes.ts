/**
 * Re-checks cited quotes against their sources: the document is found in the library by
 * the sha256 of its file, the file on disk is hashed again, and the quote is compared
 * with the document's text at the cited offsets (layout whitespace ignored, since Word
 * reflows lines). One verdict per clause, in words a lawyer can act on.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { DocumentReader } from '../store/document-reader';
import { wordSafe } from '../export/quote-paragraphs';
import type { CitedQuote } from './read-export';

export type QuoteVerdict = 'exact' | 'moved' | 'changed' | 'source-missing' | 'no-provenance';

export interface QuoteCheck {
  citation: string;
  verdict: QuoteVerdict;
  /** Whether the file at the stored path still has the cited sha256; null when there is no such document. */
  fileUnchanged: boolean | null;
  /** One sentence: what was found. */
  message: string;
}

/** Letters and punctuation only: line wraps, paragraph breaks and spacing do not change a quote. */
function comparable(text: string): string {
  return wordSafe(text).replace(/\s+/g, '');
}

function fileHash(path: string): string | null {
  try {
    return createHash('sha256').update(fs.readFileSync(path)).digest('hex');
  } catch {
    return null;
  }
}

export function verifyQuotes(reader: DocumentReader, quotes: readonly CitedQuote[]): QuoteCheck[] {
  return quotes.map((q) => {
    if (!q.sha256 || q.charStart === null || q.charEnd === null) {
      return { citation: q.citation, verdict: 'no-provenance', fileUnchanged: null, message: 'This clause carries no source hash and offsets, so it cannot be checked.' };
    }
    const stored = reader.findReadyBySha256(q.sha256);
    if (!stored) {
      return {
        citation: q.citation,
        verdict: 'source-missing',
        fileUnchanged: null,
        message: `No document in this library has sha256 ${q.sha256.slice(0, 12)}…; add the original file and verify again.`,
      };
    }
    const fileUnchanged = fileHash(stored.path) === q.sha256;
    const text = reader.getDocumentText(stored.id);
    const quote = comparable(q.quote);
    const fileNote = fileUnchanged ? '' : ` (the file at ${stored.path} is no longer the one cited; the library keeps the cited text)`;
    if (comparable(text.slice(q.charStart, q.charEnd)) === quote) {
      return { citation: q.citation, verdict: 'exact', fileUnchanged, message: `The quoted text is exactly at characters ${q.charStart}–${q.charEnd} of the source${fileNote}.` };
    }
    if (quote.length > 0 && comparable(text).includes(quote)) {
      return { citation: q.citation, verdict: 'moved', fileUnchanged, message: `The quoted text is in the source, but not at characters ${q.charStart}–${q.charEnd}${fileNote}.` };
    }
    return { citation: q.citation, verdict: 'changed', fileUnchanged, message: `The quoted text is not in the source: the quote was edited or the source differs${fileNote}.` };
  });
}
