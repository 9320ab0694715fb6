/**
 * How many pages of real PDFs get a printed page number, and how many of those pass the
 * sequence check (numbers increasing by one per page). Reads every PDF under the given
 * folders (default: ../shared/eval-data/raw/cuad_v1_pdf_sample and contract_pdfs_docuinsight).
 *   npx tsx scripts/printed-pages-report.ts [--json OUT] [DIR...]
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectPrintedPages } from '../src/main/engine/ingest/printed-pages/detect-printed-pages';
import { readPdfPages } from '../src/main/engine/ingest/pdf/read-pdf-pages';

const here = path.dirname(fileURLToPath(import.meta.url));
const SHARED = path.resolve(here, '../../shared/eval-data/raw');
const args = process.argv.slice(2);
const jsonAt = args.indexOf('--json');
const out = jsonAt >= 0 ? args.splice(jsonAt, 2)[1] : undefined;
const dirs = args.length > 0 ? args : [path.join(SHARED, 'cuad_v1_pdf_sample'), path.join(SHARED, 'contract_pdfs_docuinsight')];

interface Row {
  file: string;
  pages: number;
  withReading: number;
  sequence: number;
  inferred: number;
  unchecked: number;
  differFromPdf: number;
}

const rows: Row[] = [];
for (const dir of dirs) {
  for (const name of fs.readdirSync(dir).filter((f) => /\.pdf$/i.test(f)).sort()) {
    const { pages } = await readPdfPages(new Uint8Array(fs.readFileSync(path.join(dir, name))));
    const printed = detectPrintedPages(pages);
    const count = (check: string) => printed.filter((p) => p.check === check).length;
    rows.push({
      file: name,
      pages: pages.length,
      withReading: count('sequence') + count('unchecked'),
      sequence: count('sequence'),
      inferred: count('inferred'),
      unchecked: count('unchecked'),
      differFromPdf: printed.filter((p) => (p.check === 'sequence' || p.check === 'inferred') && p.label !== String(p.pageNumber)).length,
    });
  }
}
const total = rows.reduce((sum, r) => ({ ...sum, pages: sum.pages + r.pages, withReading: sum.withReading + r.withReading, sequence: sum.sequence + r.sequence, inferred: sum.inferred + r.inferred, unchecked: sum.unchecked + r.unchecked, differFromPdf: sum.differFromPdf + r.differFromPdf }), { file: `TOTAL (${rows.length} PDFs)`, pages: 0, withReading: 0, sequence: 0, inferred: 0, unchecked: 0, differFromPdf: 0 });
const header = ['file', 'pages', 'read a number', 'pass sequence', 'unchecked', 'inferred (gap)', 'cited ≠ PDF pos.'];
const line = (r: Row) => [r.file.slice(0, 60).padEnd(60), String(r.pages).padStart(5), String(r.withReading).padStart(13), String(r.sequence).padStart(13), String(r.unchecked).padStart(9), String(r.inferred).padStart(14), String(r.differFromPdf).padStart(16)].join('  ');
console.log([header[0]!.padEnd(60), ...header.slice(1).map((h, i) => h.padStart([5, 13, 13, 9, 14, 16][i]!))].join('  '));
for (const r of rows) console.log(line(r));
console.log(line(total));
if (out) fs.writeFileSync(out, JSON.stringify({ rows, total }, null, 2));
