/**
 * Paragraph styles (styles.xml) as the reader needs them: whether a style is a heading
 * (Heading 1–9, Title, or an outline level) and the numbering it carries, following
 * w:basedOn chains.
 */
import { elements, first, val, type XmlElement } from './xml-tree';

interface StyleDefinition {
  name: string;
  basedOn: string | undefined;
  numId: string | undefined;
  ilvl: number | undefined;
  outlineLevel: number | undefined;
}

export interface ResolvedStyle {
  heading: boolean;
  numId: string | undefined;
  ilvl: number | undefined;
}

export class Styles {
  private readonly styles = new Map<string, StyleDefinition>();

  constructor(root: XmlElement | undefined) {
    const styles = root ? first(root, 'w:styles') : undefined;
    for (const style of elements(styles, 'w:style')) {
      if (style.attrs['w:type'] !== 'paragraph') continue;
      const pPr = first(style, 'w:pPr');
      const numPr = first(pPr, 'w:numPr');
      const ilvl = val(numPr, 'w:ilvl');
      const outline = val(pPr, 'w:outlineLvl');
      this.styles.set(style.attrs['w:styleId'] ?? '', {
        name: (val(style, 'w:name') ?? '').toLowerCase(),
        basedOn: val(style, 'w:basedOn'),
        numId: val(numPr, 'w:numId'),
        ilvl: ilvl === undefined ? undefined : Number(ilvl),
        outlineLevel: outline === undefined ? undefined : Number(outline),
      });
    }
  }

  resolve(styleId: string | undefined): ResolvedStyle {
    const resolved: ResolvedStyle = { heading: false, numId: undefined, ilvl: undefined };
    const seen = new Set<string>();
    let id = styleId;
    while (id !== undefined && !seen.has(id)) {
      seen.add(id);
      const style = this.styles.get(id);
      if (!style) break;
      if (/^(heading [1-9]|title)$/.test(style.name) || (style.outlineLevel !== undefined && style.outlineLevel < 9)) {
        resolved.heading = true;
      }
      resolved.numId ??= style.numId;
      resolved.ilvl ??= style.ilvl;
      id = style.basedOn;
    }
    // Documents without styles.xml still name their heading styles by id.
    if (!resolved.heading && styleId !== undefined && /^(heading[1-9]|title)$/i.test(styleId)) resolved.heading = true;
    return resolved;
  }
}
