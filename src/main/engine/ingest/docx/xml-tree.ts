/**
 * A minimal element tree over htmlparser2's XML mode: names keep their namespace prefix
 * ("w:p"), attributes likewise ("w:val"). Enough for WordprocessingML, which is only read.
 */
import { Parser } from 'htmlparser2';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#root', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const element: XmlElement = { name, attrs, children: [] };
        stack.at(-1)!.children.push(element);
        stack.push(element);
      },
      ontext(text) {
        stack.at(-1)!.children.push(text);
      },
      onclosetag() {
        if (stack.length > 1) stack.pop();
      },
    },
    { xmlMode: true, decodeEntities: true, recognizeSelfClosing: true },
  );
  parser.write(xml);
  parser.end();
  return root;
}

export function elements(parent: XmlElement | undefined, name?: string): XmlElement[] {
  if (!parent) return [];
  const out: XmlElement[] = [];
  for (const child of parent.children) if (typeof child !== 'string' && (name === undefined || child.name === name)) out.push(child);
  return out;
}

export function first(parent: XmlElement | undefined, name: string): XmlElement | undefined {
  return parent?.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

/** The w:val of a child element, e.g. val(pPr, 'w:pStyle'). */
export function val(parent: XmlElement | undefined, name: string): string | undefined {
  return first(parent, name)?.attrs['w:val'];
}

/** Depth-first search for the first descendant with this name. */
export function find(parent: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!parent) return undefined;
  for (const child of parent.children) {
    if (typeof child === 'string') continue;
    if (child.name === name) return child;
    const deeper = find(child, name);
    if (deeper) return deeper;
  }
  return undefined;
}

/** All the text directly and indirectly inside an element. */
export function textOf(element: XmlElement): string {
  return element.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}
