/** The grid as a Word review memo: one section per clause type, each contract's clause quoted with its citation. */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { GridResult } from '../../../../shared/review';
import { DOCX_STYLES, QUOTE_STYLE, SOURCE_STYLE } from '../../export/docx-styles';
import { quoteParagraphs, wordSafe } from '../../export/quote-paragraphs';
import { cellCitation, reviewLabel } from './grid-citation';

const TITLE = 'Contract review memo';

export async function gridDocx(grid: GridResult, generatedAt = new Date()): Promise<Uint8Array> {
  const children: Paragraph[] = [
    new Paragraph({ text: TITLE, heading: HeadingLevel.TITLE }),
    new Paragraph({ text: `${grid.rows.length} contract(s), ${grid.types.length} clause type(s); generated ${generatedAt.toISOString().slice(0, 10)}.` }),
  ];
  for (const type of grid.types) {
    children.push(new Paragraph({ text: wordSafe(type.name), heading: HeadingLevel.HEADING_1 }));
    children.push(new Paragraph({ children: [new TextRun({ text: wordSafe(type.description), italics: true })] }));
    for (const row of grid.rows) {
      const cell = row.cells[type.id]!;
      children.push(new Paragraph({ text: wordSafe(row.documentTitle), heading: HeadingLevel.HEADING_2 }));
      if (!cell.found || cell.clause === null) {
        children.push(new Paragraph({ text: `Not found (confidence ${cell.confidence.toFixed(2)}).` }));
      } else {
        const head = [cellCitation(cell.clause), cell.value !== null ? `value: ${cell.value}` : null, `confidence ${cell.confidence.toFixed(2)}`].filter(Boolean).join(' · ');
        children.push(new Paragraph({ text: wordSafe(head), style: SOURCE_STYLE }));
        for (const text of quoteParagraphs(cell.clause.text)) children.push(new Paragraph({ text, style: QUOTE_STYLE }));
      }
      children.push(new Paragraph({ text: wordSafe(`Review: ${reviewLabel(cell)}`), style: SOURCE_STYLE }));
    }
  }
  const document = new Document({ title: TITLE, creator: 'Clause Search', styles: DOCX_STYLES, sections: [{ children }] });
  const buffer = await Packer.toBuffer(document);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
