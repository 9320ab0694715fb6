/**
 * The body of word/document.xml → paragraphs of text as Word shows them with every
 * tracked change accepted: inserted runs kept, deleted and moved-away runs dropped,
 * field codes hidden (their results kept), comments left out. Numbered paragraphs get
 * their generated label; each table row is one paragraph of tab-joined cells; a
 * footnote or endnote reference becomes its mark ("[1]") and the note's text follows
 * the paragraph that cites it.
 */
import { formatNumber } from '../blocks/number-format';
import type { Numbering } from './numbering';
import type { Styles } from './styles';
import { elements, first, val, type XmlElement } from './xml-tree';

export interface Notes {
  footnotes: Map<string, XmlElement>;
  endnotes: Map<string, XmlElement>;
}

export interface BodyText {
  paragraphs: string[];
  headings: number;
  trackedChanges: boolean;
}

/** Elements whose content is not part of the accepted text. */
const DROPPED = new Set([
  'w:del', 'w:moveFrom', 'w:delText', 'w:instrText', 'w:delInstrText', 'w:commentReference',
  'w:rPr', 'w:pPr', 'w:tblPr', 'w:trPr', 'w:tcPr', 'w:sectPr', 'w:tblGrid', 'mc:Fallback',
  'w:footnoteRef', 'w:endnoteRef', 'w:annotationRef',
]);
const CHANGE_MARKS = new Set(['w:ins', 'w:del', 'w:moveFrom', 'w:moveTo', 'w:rPrChange', 'w:pPrChange', 'w:sectPrChange', 'w:tblPrChange']);

export class BodyReader {
  private readonly out: BodyText = { paragraphs: [], headings: 0, trackedChanges: false };
  private footnoteCount = 0;
  private endnoteCount = 0;
  /** Notes cited in the paragraph being read, appended after it. */
  private pendingNotes: string[] = [];
  private inField = false;

  constructor(
    private readonly numbering: Numbering,
    private readonly styles: Styles,
    private readonly notes: Notes,
  ) {}

  read(body: XmlElement | undefined): BodyText {
    this.blocks(body);
    return this.out;
  }

  private blocks(parent: XmlElement | undefined): void {
    for (const child of elements(parent)) {
      if (CHANGE_MARKS.has(child.name)) this.out.trackedChanges = true;
      if (child.name === 'w:p') this.paragraph(child);
      else if (child.name === 'w:tbl') this.table(child);
      else if (!DROPPED.has(child.name)) this.blocks(child); // w:sdt, w:sdtContent, w:customXml, w:ins
    }
  }

  private paragraph(p: XmlElement): void {
    const text = this.paragraphText(p);
    if (text.trim() !== '') this.out.paragraphs.push(text);
    this.flushNotes();
  }

  /** A paragraph's label and text, without pushing it (table cells reuse this). */
  private paragraphText(p: XmlElement): string {
    const pPr = first(p, 'w:pPr');
    const styleId = val(pPr, 'w:pStyle');
    const style = this.styles.resolve(styleId);
    this.scanChanges(pPr);
    const numPr = first(pPr, 'w:numPr');
    const numId = val(numPr, 'w:numId') ?? style.numId;
    let label = '';
    if (numId !== undefined && numId !== '0') {
      const ilvlText = val(numPr, 'w:ilvl');
      const ilvl =
        ilvlText !== undefined ? Number(ilvlText) : (style.ilvl ?? (styleId ? this.numbering.levelForStyle(numId, styleId) : undefined) ?? 0);
      label = this.numbering.next(numId, ilvl);
    }
    const body = this.inline(p).replace(/^[ \t]+/, '');
    if (body.trim() === '') return '';
    if (style.heading) this.out.headings++;
    return label + body;
  }

  private inline(parent: XmlElement): string {
    let text = '';
    for (const child of parent.children) {
      if (typeof child === 'string') continue;
      if (CHANGE_MARKS.has(child.name)) this.out.trackedChanges = true;
      if (DROPPED.has(child.name)) continue;
      switch (child.name) {
        case 'w:t':
          if (!this.inField) text += child.children.filter((c): c is string => typeof c === 'string').join('');
          break;
        case 'w:tab':
        case 'w:ptab':
          text += '\t';
          break;
        case 'w:br':
        case 'w:cr':
          text += '\n';
          break;
        case 'w:noBreakHyphen':
          text += '-';
          break;
        case 'w:sym':
          text += symbol(child.attrs['w:char']);
          break;
        case 'w:fldChar': {
          // Between "begin" and "separate" lies the field code; after it, the result shown.
          const type = child.attrs['w:fldCharType'];
          if (type === 'begin') this.inField = true;
          else this.inField = false;
          break;
        }
        case 'w:footnoteReference':
          text += this.noteReference(child, 'footnote');
          break;
        case 'w:endnoteReference':
          text += this.noteReference(child, 'endnote');
          break;
        case 'w:p':
          // A text box's paragraphs (w:txbxContent) read as lines of this one.
          text += `\n${this.paragraphText(child)}\n`;
          break;
        default:
          text += this.inline(child); // w:r, w:ins, w:moveTo, w:hyperlink, w:smartTag, w:fldSimple, drawings
      }
    }
    return text;
  }

  private noteReference(reference: XmlElement, kind: 'footnote' | 'endnote'): string {
    const id = reference.attrs['w:id'] ?? '';
    const note = (kind === 'footnote' ? this.notes.footnotes : this.notes.endnotes).get(id);
    // Word numbers footnotes 1, 2, 3 and endnotes i, ii, iii by default.
    const mark = kind === 'footnote' ? String(++this.footnoteCount) : formatNumber(++this.endnoteCount, 'lowerRoman');
    if (note) {
      const noteText = elements(note, 'w:p')
        .map((p) => this.inline(p).trim())
        .filter((t) => t !== '')
        .join(' ');
      if (noteText !== '') this.pendingNotes.push(`[${mark}] ${noteText}`);
    }
    return `[${mark}]`;
  }

  private flushNotes(): void {
    this.out.paragraphs.push(...this.pendingNotes);
    this.pendingNotes = [];
  }

  private table(tbl: XmlElement): void {
    for (const row of this.rows(tbl)) {
      const cells = elements(row, 'w:tc').map((cell) =>
        this.cellParagraphs(cell)
          .map((t) => t.replace(/\s+/g, ' ').trim())
          .filter((t) => t !== '')
          .join(' '),
      );
      const line = cells.filter((c) => c !== '').join('\t');
      if (line !== '') this.out.paragraphs.push(line);
      this.flushNotes();
    }
  }

  private rows(tbl: XmlElement): XmlElement[] {
    const rows: XmlElement[] = [];
    for (const child of elements(tbl)) {
      if (CHANGE_MARKS.has(child.name)) this.out.trackedChanges = true;
      if (child.name === 'w:tr') rows.push(child);
      else if (!DROPPED.has(child.name)) rows.push(...this.rows(child)); // w:sdt around rows
    }
    return rows;
  }

  private cellParagraphs(cell: XmlElement): string[] {
    const texts: string[] = [];
    for (const child of elements(cell)) {
      if (child.name === 'w:p') texts.push(this.paragraphText(child));
      else if (child.name === 'w:tbl') {
        for (const row of this.rows(child)) texts.push(elements(row, 'w:tc').flatMap((c) => this.cellParagraphs(c)).join(' '));
      } else if (!DROPPED.has(child.name)) texts.push(...this.cellParagraphs(child));
    }
    return texts;
  }

  private scanChanges(pPr: XmlElement | undefined): void {
    if (!pPr) return;
    for (const child of elements(pPr)) {
      if (CHANGE_MARKS.has(child.name)) this.out.trackedChanges = true;
      if (child.name === 'w:rPr' && elements(child).some((c) => CHANGE_MARKS.has(c.name))) this.out.trackedChanges = true;
    }
  }
}

/** w:sym characters in the Symbol font's private-use range map to their ASCII look-alikes. */
function symbol(code: string | undefined): string {
  if (!code) return '';
  const value = Number.parseInt(code, 16);
  if (!Number.isFinite(value)) return '';
  const plain = value >= 0xf000 ? value - 0xf000 : value;
  return plain >= 0x20 && plain < 0x7f ? String.fromCharCode(plain) : '';
}
