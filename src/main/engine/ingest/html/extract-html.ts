/**
 * HTML bytes (SEC EDGAR exhibits, saved web pages) → ExtractedText. A real parser
 * (htmlparser2) strips the markup; block elements become paragraphs, <br> a line break,
 * table cells are joined by a tab within their row, ordered lists get the numbers a
 * browser shows, and scripts, styles and the head are dropped. CSS page breaks (how
 * EDGAR marks printed pages) start a new page.
 */
import { Parser } from 'htmlparser2';
import { IngestError } from '../../../../shared/errors';
import { assembleBlocks } from '../blocks/assemble-blocks';
import { decodeMarkupBytes } from '../blocks/decode-text';
import { formatNumber, type NumberFormat } from '../blocks/number-format';
import { usableTitle } from '../pdf/pdf-title';
import type { ExtractedText } from '../types';

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hr', 'html', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'thead', 'tfoot',
  'tr', 'ul', 'page', 'document', 'text',
]);
/** Content never shown as text. */
const HIDDEN = new Set(['script', 'style', 'head', 'noscript', 'template', 'svg', 'object', 'iframe']);
const OL_TYPES: Record<string, NumberFormat> = { '1': 'decimal', a: 'lowerLetter', A: 'upperLetter', i: 'lowerRoman', I: 'upperRoman' };

interface OrderedList {
  next: number;
  format: NumberFormat;
}

export function extractHtmlText(bytes: Uint8Array): ExtractedText {
  if (bytes.length === 0) throw new IngestError('empty-file', 'The file is empty (0 bytes).');
  const html = decodeMarkupBytes(bytes);
  if (html.includes('\u0000')) throw new IngestError('unreadable', 'This file is not an HTML page (it contains binary data).');

  const pages: string[][] = [[]];
  let paragraph = '';
  let hiddenDepth = 0;
  let preDepth = 0;
  let inTitle = false;
  let title = '';
  const lists: Array<OrderedList | null> = [];
  const breakAfter: boolean[] = [];

  const flush = (): void => {
    if (paragraph.trim() !== '') pages.at(-1)!.push(paragraph);
    paragraph = '';
  };
  const pageBreak = (): void => {
    flush();
    if (pages.at(-1)!.length > 0) pages.push([]);
  };
  const breaksPage = (style: string | undefined, side: 'before' | 'after'): boolean =>
    style !== undefined && new RegExp(`(?:page-)?break-${side}\\s*:\\s*(?:always|page)`, 'i').test(style);

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        // htmlparser2 closes every element it opens (void ones at once), so a stack pairs them.
        breakAfter.push(breaksPage(attributes.style, 'after'));
        if (name === 'title') inTitle = true;
        if (HIDDEN.has(name)) hiddenDepth++;
        if (hiddenDepth > 0) return;
        if (breaksPage(attributes.style, 'before')) pageBreak();
        if (name === 'br') paragraph += '\n';
        else if (name === 'td' || name === 'th') {
          if (paragraph !== '' && !paragraph.endsWith('\n')) paragraph += '\t';
        } else if (BLOCK.has(name)) flush();
        if (name === 'pre') preDepth++;
        if (name === 'ol') {
          const start = Number.parseInt(attributes.start ?? '1', 10);
          lists.push({ next: Number.isFinite(start) ? start : 1, format: OL_TYPES[attributes.type ?? '1'] ?? 'decimal' });
        } else if (name === 'ul') lists.push(null);
        else if (name === 'li') {
          const list = lists.at(-1);
          if (list) {
            const value = Number.parseInt(attributes.value ?? '', 10);
            if (Number.isFinite(value)) list.next = value;
            paragraph += `${formatNumber(list.next, list.format)}. `;
            list.next++;
          }
        }
      },
      ontext(data) {
        if (inTitle) title += data;
        if (hiddenDepth > 0) return;
        paragraph += preDepth > 0 ? data.replace(/\r\n?/g, '\n').replace(/\n{2,}/g, '\n') : data.replace(/[\s\u00a0]+/g, ' ');
      },
      onclosetag(name) {
        const pageEnds = breakAfter.pop() === true;
        if (name === 'title') inTitle = false;
        if (HIDDEN.has(name)) {
          hiddenDepth = Math.max(0, hiddenDepth - 1);
          return;
        }
        if (hiddenDepth > 0) return;
        if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
        if (name === 'ol' || name === 'ul') lists.pop();
        if (BLOCK.has(name)) flush();
        if (pageEnds) pageBreak();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  flush();

  const extracted = assembleBlocks(pages, usableTitle(title));
  if (extracted.text.replace(/\s+/g, '') === '') throw new IngestError('no-clauses', 'This HTML page contains no text.');
  return extracted;
}
