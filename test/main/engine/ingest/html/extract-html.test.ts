import { describe, expect, it } from 'vitest';
import { extractHtmlText } from '../../../../../src/main/engine/ingest/html/extract-html';
import { segmentClauses } from '../../../../../src/main/engine/ingest/segment/segment-clauses';

const bytes = (s: string) => new TextEncoder().encode(s);

const EDGAR = `<html><head><title>EX-10.1 Supply Agreement</title>
<style>p { margin: 0 } .x { color: red }</style><script>var secret = "do not index";</script></head>
<body>
<p align="center"><b>SUPPLY&nbsp;AGREEMENT</b></p>
<p>1.&nbsp;&nbsp;<u>Term</u>. This Agreement
   starts on the Effective Date.</p>
<table><tr><td>2.</td><td>Fees. Buyer pays &amp; Seller invoices.</td></tr></table>
<div>Line one<br>Line two</div>
<hr style="page-break-after: always">
<p>3. Governing Law. New York.</p>
<ol type="a" start="2"><li>first item</li><li>second item</li></ol>
</body></html>`;

describe('extractHtmlText', () => {
  const extracted = extractHtmlText(bytes(EDGAR));

  it('keeps block structure as paragraphs and drops markup, scripts and styles', () => {
    expect(extracted.text).toContain('SUPPLY AGREEMENT\n\n1. Term. This Agreement starts on the Effective Date.');
    expect(extracted.text).toContain('2.\tFees. Buyer pays & Seller invoices.');
    expect(extracted.text).toContain('Line one\nLine two');
    expect(extracted.text).not.toMatch(/secret|color|<|EX-10\.1/);
  });

  it('numbers ordered lists as a browser shows them', () => {
    expect(extracted.text).toContain('b. first item\n\nc. second item');
  });

  it('starts a new page at a CSS page break and takes the title', () => {
    expect(extracted.pages).toHaveLength(2);
    const second = extracted.text.slice(extracted.pages[1]!.charStart, extracted.pages[1]!.charEnd);
    expect(second.startsWith('3. Governing Law.')).toBe(true);
    expect(extracted.title).toBe('EX-10.1 Supply Agreement');
  });

  it('gives text the clause segmenter splits by its numbers', () => {
    const numbers = segmentClauses(extracted.text).map((c) => c.number);
    expect(numbers).toEqual(expect.arrayContaining(['1', '3']));
  });

  it('says plainly when a page is empty, blank or binary', () => {
    expect(() => extractHtmlText(new Uint8Array())).toThrow('The file is empty (0 bytes).');
    expect(() => extractHtmlText(bytes('<html><script>x()</script></html>'))).toThrow('This HTML page contains no text.');
    expect(() => extractHtmlText(new Uint8Array([0x50, 0x4b, 0, 1]))).toThrow(/not an HTML page/);
  });

  it('reads Windows-1252 pages', () => {
    expect(extractHtmlText(new Uint8Array([0x3c, 0x70, 0x3e, 0x93, 0x41, 0x94])).text).toBe('\u201cA\u201d');
  });
});
