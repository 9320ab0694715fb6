import { describe, expect, it } from 'vitest';
import type { ClauseWithDocument } from '../../../../src/shared/api';
import { csvField, exportCsv } from '../../../../src/main/engine/export/export-csv';
import { exportMarkdown } from '../../../../src/main/engine/export/export-markdown';

const clauses: ClauseWithDocument[] = [
  { id: 1, documentId: 1, ordinal: 0, number: '5.2', heading: 'Force Majeure', path: ['5', '5.2'], pageStart: 3, pageEnd: 3,
    charStart: 0, charEnd: 40, text: 'Neither party is liable for "acts of God",\nincluding floods.', documentTitle: 'MSA', documentPath: '/c/msa.pdf' },
  { id: 2, documentId: 2, ordinal: 4, number: null, heading: null, path: [], pageStart: 1, pageEnd: 2,
    charStart: 0, charEnd: 5, text: '=SUM(A1)', documentTitle: 'NDA', documentPath: '/c/nda.pdf' },
];

describe('exports', () => {
  it('writes Markdown with a pinpoint citation above each quoted clause and the query', () => {
    const md = exportMarkdown(clauses, { query: 'flood' });
    expect(md).toContain('Query: flood');
    expect(md).toContain('## MSA, § 5.2 (Force Majeure), p. 3\n\n> Neither party is liable for "acts of God",\n> including floods.');
    expect(md).toContain('## NDA, pp. 1–2');
  });

  it('writes CSV that quotes commas, quotes and newlines and defuses formulas', () => {
    const csv = exportCsv(clauses, { query: 'flood' });
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'citation,document_title,clause_number,heading,page_start,page_end,text,document_path,query,' +
        'source_sha256,pdf_page_start,pdf_page_end,printed_page_start,printed_page_end,char_start,char_end,app_version,index_version',
    );
    expect(csv).toContain('"Neither party is liable for ""acts of God"",\nincluding floods."');
    expect(csv).toContain(",'=SUM(A1),");
    expect(csvField('-1')).toBe("'-1");
    expect(csvField(null)).toBe('');
  });
});
