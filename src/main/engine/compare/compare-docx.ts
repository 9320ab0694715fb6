/**
 * The comparison as a Word document: the standard clause quoted, then each other clause
 * with words it lacks struck through in red and words it adds underlined in blue, and how
 * much of it is the same. Built like the clause export: package parts only, fixed dates.
 */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { pinpointCitation } from '../export/citation';
import { CORE_PROPERTIES_PATH, corePropertiesXml } from '../export/docx-core-properties';
import { DOCX_STYLES, QUOTE_STYLE, SOURCE_STYLE } from '../export/docx-styles';
import { wordSafe } from '../export/quote-paragraphs';
import type { ClauseComparison } from './compare-clauses';
import type { DiffRun } from '../../../shared/word-diff';

const TITLE = 'Clause comparison';

function runsOf(diff: readonly DiffRun[]): TextRun[] {
  return diff.map((r) =>
    r.op === 'same'
      ? new TextRun(wordSafe(r.text))
      : r.op === 'removed'
        ? new TextRun({ text: wordSafe(r.text), strike: true, color: 'B00020' })
        : new TextRun({ text: wordSafe(r.text), underline: {}, color: '1A4FA0' }),
  );
}

export async function comparisonDocx(comparison: ClauseComparison, generatedAt = new Date()): Promise<Uint8Array> {
  const [first, ...others] = comparison.clauses;
  const children = [
    new Paragraph({ text: TITLE, heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: 'Standard: ', bold: true }), new TextRun(wordSafe(pinpointCitation(first!.clause)))] }),
    new Paragraph({ text: 'Struck through: in the standard, not in the clause. Underlined: in the clause, not in the standard.', style: SOURCE_STYLE }),
    new Paragraph({ text: wordSafe(pinpointCitation(first!.clause)), heading: HeadingLevel.HEADING_1 }),
    new Paragraph({ text: wordSafe(first!.clause.text), style: QUOTE_STYLE }),
    ...others.flatMap((c) => [
      new Paragraph({ text: wordSafe(pinpointCitation(c.clause)), heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ text: `${Math.round(100 * c.same)} % of the words as in the standard`, style: SOURCE_STYLE }),
      new Paragraph({ children: runsOf(c.diff), style: QUOTE_STYLE }),
      new Paragraph({ text: `Source: ${wordSafe(c.clause.documentPath)}`, style: SOURCE_STYLE }),
    ]),
  ];
  const document = new Document({ title: TITLE, creator: 'Clause Search', styles: DOCX_STYLES, sections: [{ children }] });
  const core = corePropertiesXml({ title: TITLE, creator: 'Clause Search', date: generatedAt });
  const buffer = await Packer.toBuffer(document, false, [{ path: CORE_PROPERTIES_PATH, data: core }]);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
