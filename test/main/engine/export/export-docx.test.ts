import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { ClauseWithDocument } from '../../../../src/shared/api';
import { exportDocx } from '../../../../src/main/engine/export/export-docx';
import { quoteParagraphs } from '../../../../src/main/engine/export/quote-paragraphs';

// Local noon, so the date shown is the same in every time zone the tests run in.
const GENERATED_AT = new Date(2024, 2, 4, 12, 0, 0);

const clauses: ClauseWithDocument[] = [
  { id: 1, documentId: 1, ordinal: 0, number: '5.2', heading: 'Force Majeure', path: ['5', '5.2'], pageStart: 3, pageEnd: 4,
    charStart: 0, charEnd: 90, documentTitle: 'Master Services Agreement', documentPath: '/contracts/msa.pdf',
    text: 'Neither party is liable for "acts of God"\nwhere loss < 5% & it\'s unforeseeable, including:\n(a) floods;\n(b) royalty-\nfree fires.\n\nThis clause survives termination.' },
  { id: 2, documentId: 2, ordinal: 4, number: null, heading: null, path: [], pageStart: 1, pageEnd: 1,
    charStart: 0, charEnd: 20, documentTitle: 'NDA <Draft> & Co', documentPath: '/contracts/R&D/nda.pdf',
    text: 'Confidential Information\u0001 stays confidential.' },
];

/** Word's paragraphs as plain text: the unescaped text of each <w:p>, in order. */
function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:p>(.*?)<\/w:p>/g)].map(([, body]) =>
    [...body!.matchAll(/<w:t[^>]*>(.*?)<\/w:t>/g)].map(([, t]) => unescapeXml(t!)).join(''),
  );
}

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]!);
}

async function open(bytes: Uint8Array): Promise<JSZip> {
  return JSZip.loadAsync(bytes);
}

describe('exportDocx', () => {
  it('writes a valid Word package', async () => {
    const bytes = await exportDocx(clauses, { query: 'flood', generatedAt: GENERATED_AT });
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]); // "PK\3\4"
    const zip = await open(bytes);
    const types = await zip.file('[Content_Types].xml')!.async('string');
    expect(types).toContain('wordprocessingml.document.main+xml');
    expect(zip.file('word/document.xml')).not.toBeNull();
    const styles = await zip.file('word/styles.xml')!.async('string');
    expect(styles).toContain('w:styleId="Quote"');
    expect(styles).toContain('w:styleId="ClauseSource"');
    expect(styles).toContain('Georgia');
  });

  it('lays out title, query, date, then citation, quotation and source per clause, in order', async () => {
    const zip = await open(await exportDocx(clauses, { query: 'flood & "fire"', generatedAt: GENERATED_AT }));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(paragraphTexts(xml)).toEqual([
      'Cited clauses',
      'Query: flood & "fire"',
      'Generated: 4 March 2024',
      'Master Services Agreement, § 5.2 (Force Majeure), pp. 3–4',
      'Neither party is liable for "acts of God" where loss < 5% & it\'s unforeseeable, including:',
      '(a) floods;',
      '(b) royalty-free fires.',
      'This clause survives termination.',
      'Source: /contracts/msa.pdf',
      'NDA <Draft> & Co, p. 1',
      'Confidential Information stays confidential.',
      'Source: /contracts/R&D/nda.pdf',
    ]);
    expect(xml).toContain('<w:pStyle w:val="Title"/>');
    expect(xml.match(/<w:pStyle w:val="Heading1"\/>/g)).toHaveLength(2);
    expect(xml.match(/<w:pStyle w:val="Quote"\/>/g)).toHaveLength(5);
  });

  it('escapes XML special characters rather than emitting them raw', async () => {
    const zip = await open(await exportDocx(clauses, { generatedAt: GENERATED_AT }));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('loss &lt; 5% &amp; it');
    expect(xml).toContain('&quot;acts of God&quot;');
    expect(xml).toContain('it&apos;s');
    expect(xml).toContain('NDA &lt;Draft&gt; &amp; Co');
    expect(xml).not.toContain('<Draft>');
    expect(xml).not.toContain('\u0001');
    expect(xml).not.toContain('Query:');
  });

  it('records the given date as the document date, so the same input gives the same XML', async () => {
    const [a, b] = await Promise.all([1, 2].map(async () => open(await exportDocx(clauses, { query: 'q', generatedAt: GENERATED_AT }))));
    for (const part of ['word/document.xml', 'docProps/core.xml', 'word/styles.xml']) {
      expect(await a!.file(part)!.async('string'), part).toBe(await b!.file(part)!.async('string'));
    }
    const core = await a!.file('docProps/core.xml')!.async('string');
    const iso = GENERATED_AT.toISOString().replace(/\.\d{3}Z$/, 'Z');
    expect(core).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${iso}</dcterms:created>`);
    expect(core).toContain('<dc:title>Cited clauses</dc:title>');
    expect(core).toContain('<dc:description>Query: q</dc:description>');
  });

  it('still writes a document with no clauses', async () => {
    const zip = await open(await exportDocx([], { generatedAt: GENERATED_AT }));
    expect(paragraphTexts(await zip.file('word/document.xml')!.async('string'))).toEqual(['Cited clauses', 'Generated: 4 March 2024']);
  });
});

describe('quoteParagraphs', () => {
  it('reflows wrapped lines, keeps blank-line paragraphs and starts list items afresh', () => {
    expect(quoteParagraphs('One line\nwraps here.\n\n\nNext para\r\n1.1 item\nii. roman\n• bullet\nsubject to\nSection 5 terms')).toEqual([
      'One line wraps here.',
      'Next para',
      '1.1 item',
      'ii. roman',
      '• bullet subject to Section 5 terms',
    ]);
    expect(quoteParagraphs('  \n\n ')).toEqual([]);
    expect(quoteParagraphs('tab\there')).toEqual(['tab here']);
  });
});
