import type { IStylesOptions } from 'docx';

/** Paragraph style ids, so the exported document reads as styled Word, not direct formatting. */
export const QUOTE_STYLE = 'Quote';
export const SOURCE_STYLE = 'ClauseSource';

// A serif that ships with Windows and macOS; Word substitutes a close match elsewhere.
const FONT = 'Georgia';
const INK = '1F2A44';
const MUTED = '595959';
/** Half an inch in twips, the usual block-quote indent. */
const HALF_INCH = 720;

/**
 * Title and Heading 1 (the citations, so they show in Word's navigation pane) replace
 * docx's blue defaults; a citation keeps with its quotation across a page break.
 */
export const DOCX_STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT, size: 22 },
      paragraph: { spacing: { after: 120, line: 276 } },
    },
    title: {
      run: { font: FONT, size: 40, bold: true, color: INK },
      paragraph: { spacing: { after: 120 } },
    },
    heading1: {
      run: { font: FONT, size: 26, bold: true, color: INK },
      paragraph: { spacing: { before: 360, after: 120 }, keepNext: true, keepLines: true },
    },
  },
  paragraphStyles: [
    {
      id: QUOTE_STYLE,
      name: 'Quote',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      paragraph: { indent: { left: HALF_INCH, right: HALF_INCH }, spacing: { after: 120 } },
    },
    {
      id: SOURCE_STYLE,
      name: 'Clause Source',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { size: 16, color: MUTED },
      paragraph: { indent: { left: HALF_INCH }, spacing: { before: 60, after: 240 } },
    },
  ],
};
