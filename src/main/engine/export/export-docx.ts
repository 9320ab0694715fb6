import { Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { clauseProvenance, provenanceNote } from '../provenance/provenance';
import type { ClauseWithDocument } from '../../../shared/api';
import { pinpointCitation } from './citation';
import { CORE_PROPERTIES_PATH, corePropertiesXml } from './docx-core-properties';
import { DOCX_STYLES, QUOTE_STYLE, SOURCE_STYLE } from './docx-styles';
import type { ExportContext } from './export-markdown';
import { quoteParagraphs, wordSafe } from './quote-paragraphs';

export interface DocxExportContext extends ExportContext {
  /** When the export was made; shown in the document and stored as its date. Defaults to now. */
  generatedAt?: Date;
}

const TITLE = 'Cited clauses';
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A Word document of the clauses: each pinpoint citation as a heading over the clause as
 * an indented quotation and the file it came from. Built from the package's own parts
 * only (no images, fonts or links), so it opens offline.
 */
export async function exportDocx(clauses: readonly ClauseWithDocument[], context: DocxExportContext = {}): Promise<Uint8Array> {
  const generatedAt = context.generatedAt ?? new Date();
  const query = context.query ? wordSafe(context.query) : undefined;
  // Footnote n (from 1) holds clause n's provenance, for a reader and for `clause-search verify`.
  const footnotes = Object.fromEntries(
    clauses.map((clause, i) => [i + 1, { children: [new Paragraph({ text: wordSafe(provenanceNote(clauseProvenance(clause, context))) })] }]),
  );
  const document = new Document({
    title: TITLE,
    creator: 'Clause Search',
    styles: DOCX_STYLES,
    footnotes,
    sections: [{ children: [...preamble(query, generatedAt), ...clauses.flatMap((clause, i) => clauseParagraphs(clause, i + 1))] }],
  });
  const core = corePropertiesXml({
    title: TITLE,
    creator: 'Clause Search',
    description: query ? `Query: ${query}` : undefined,
    date: generatedAt,
  });
  const buffer = await Packer.toBuffer(document, false, [{ path: CORE_PROPERTIES_PATH, data: core }]);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

function preamble(query: string | undefined, generatedAt: Date): Paragraph[] {
  const paragraphs = [new Paragraph({ text: TITLE, heading: HeadingLevel.TITLE })];
  if (query) paragraphs.push(labelled('Query: ', query));
  paragraphs.push(labelled('Generated: ', longDate(generatedAt)));
  return paragraphs;
}

function clauseParagraphs(clause: ClauseWithDocument, footnote: number): Paragraph[] {
  const quote = quoteParagraphs(clause.text);
  return [
    new Paragraph({ children: [new TextRun(wordSafe(pinpointCitation(clause))), new FootnoteReferenceRun(footnote)], heading: HeadingLevel.HEADING_1 }),
    // An empty clause still gets its (empty) quotation, so the layout stays regular.
    ...(quote.length > 0 ? quote : ['']).map((text) => new Paragraph({ text, style: QUOTE_STYLE })),
    new Paragraph({ text: `Source: ${wordSafe(clause.documentPath)}`, style: SOURCE_STYLE }),
  ];
}

function labelled(label: string, value: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: label, bold: true }), new TextRun(value)] });
}

/** "4 March 2024" in local time: unambiguous to a reader on either side of the Atlantic. */
function longDate(date: Date): string {
  return `${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()}`;
}
