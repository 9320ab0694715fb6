/**
 * OCR quality and cost on the real scans in ../shared/eval-data, against CUAD's txt:
 * the image-only scan (OCR'd because it has no text layer) and the ABBYY-layer scans
 * (their old text layer ignored: every page forced through OCR). For each: letters and
 * digits recovered in order, dictionary words recovered, CUAD gold quotes found in the
 * top 10 by lexical search, CPU seconds per page; then the same pages through Debian's
 * tesseract CLI (psm 3) when it is installed.
 *
 *   npx tsx src/main/engine/eval/ocr/run-ocr-eval.ts [--data DIR] [--out ocr.json] [--no-cli]
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ClauseEngine } from '../../engine';
import { largestPageImage } from '../../ingest/ocr/page-image';
import { extractPdfText } from '../../ingest/pdf/extract-pdf';
import { defaultDataDir } from '../data-paths';
import { cuadDictionary, cuadQuotes } from './cuad-quotes';
import { characterRecall, containsQuote, dictionaryWordRecall } from './ocr-metrics';

interface ScanCase {
  label: string;
  pdf: string;
  cuadName: string;
  mode: 'auto' | 'force';
}

interface Row {
  scan: string;
  engine: string;
  pages: number;
  charRecall: number;
  wordRecall: number;
  quotesFound: number;
  quotes: number;
  cpuSecondsPerPage: number;
  meanConfidence: number | null;
}

const { values } = parseArgs({ options: { data: { type: 'string' }, out: { type: 'string' }, 'no-cli': { type: 'boolean' } } });
const data = values.data ?? defaultDataDir();
const cuadDir = path.join(data, 'raw/cuad_v1');
const scans: ScanCase[] = [
  ...fs.readdirSync(path.join(data, 'derived/scanned_image_only_pdf')).map((f) => ({
    label: `${f.slice(0, 24)}… (image-only)`,
    pdf: path.join(data, 'derived/scanned_image_only_pdf', f),
    cuadName: f.replace('.IMAGE-ONLY.pdf', '.PDF'),
    mode: 'auto' as const,
  })),
  ...['WESTERN COPPER - NON-COMPETITION AGREEMENT.PDF', 'PRIMEENERGYRESOURCESCORP_04_02_2007-EX-10.28-COMPLETION AND LIQUIDITY MAINTENANCE AGREEMENT.PDF'].map((f) => ({
    label: `${f.slice(0, 24)}… (ABBYY layer ignored)`,
    pdf: path.join(data, 'raw/cuad_v1_pdf_sample', f),
    cuadName: f,
    mode: 'force' as const,
  })),
];

process.stderr.write('Building the CUAD word list…\n');
const dictionary = cuadDictionary(path.join(cuadDir, 'full_contract_txt'));
const hasCli = !values['no-cli'] && spawnSync('tesseract', ['--version']).status === 0;
const rows: Row[] = [];

for (const scan of scans) {
  const reference = fs.readFileSync(path.join(cuadDir, 'full_contract_txt', scan.cuadName.replace(/\.pdf$/i, '.txt')), 'utf8');
  const quotes = cuadQuotes(cuadDir, scan.cuadName);
  const bytes = new Uint8Array(fs.readFileSync(scan.pdf));
  process.stderr.write(`OCR (tesseract.js): ${scan.label}\n`);
  const cpu = process.cpuUsage();
  const extracted = await extractPdfText(bytes, { ocr: scan.mode, onOcrPage: (d, n) => process.stderr.write(`  page ${d}/${n}\n`) });
  const used = process.cpuUsage(cpu);
  const pages = extracted.ocr?.pages.length ?? 0;
  rows.push({
    scan: scan.label,
    engine: 'tesseract.js 7 (best_int, psm 3)',
    pages,
    ...(await scores(reference, extracted.text, quotes)),
    cpuSecondsPerPage: (used.user + used.system) / 1e6 / Math.max(1, pages),
    meanConfidence: extracted.ocr?.meanConfidence ?? null,
  });
  if (hasCli) rows.push(await cliRow(scan, bytes, reference, quotes));
}

printTable(rows);
if (values.out) fs.writeFileSync(values.out, JSON.stringify({ dataset: 'ocr', rows }, null, 2));

async function scores(reference: string, text: string, quotes: string[]): Promise<Pick<Row, 'charRecall' | 'wordRecall' | 'quotesFound' | 'quotes'>> {
  return {
    charRecall: characterRecall(reference, text),
    wordRecall: dictionaryWordRecall(reference, text, dictionary),
    quotesFound: await quotesFoundBySearch(text, quotes),
    quotes: quotes.length,
  };
}

/** The OCR text is ingested on its own (as .txt, same text) and each quote searched for; found = in a top-10 clause. */
async function quotesFoundBySearch(text: string, quotes: string[]): Promise<number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocr-eval-'));
  try {
    fs.writeFileSync(path.join(dir, 'scan.txt'), text);
    const engine = ClauseEngine.open(':memory:');
    try {
      await engine.ingest([path.join(dir, 'scan.txt')]);
      let found = 0;
      for (const quote of quotes) {
        const response = await engine.search(quote, { topK: 10, mode: 'lexical' }).catch(() => null);
        if (response?.results.some((r) => containsQuote(r.text, quote))) found++;
      }
      return found;
    } finally {
      engine.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The same page images through the tesseract CLI; CPU time of the child from /usr/bin/time. */
async function cliRow(scan: ScanCase, bytes: Uint8Array, reference: string, quotes: string[]): Promise<Row> {
  process.stderr.write(`OCR (tesseract CLI): ${scan.label}\n`);
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, isOffscreenCanvasSupported: false, isImageDecoderSupported: false, verbosity: 0 }).promise;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocr-cli-'));
  let text = '';
  let cpuSeconds = 0;
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const image = await largestPageImage(page, pdfjs.OPS.paintImageXObject);
      page.cleanup();
      if (!image) continue;
      const file = path.join(dir, `p${n}.pgm`);
      fs.writeFileSync(file, image.pgm);
      const run = spawnSync('/usr/bin/time', ['-f', '%U %S', 'tesseract', file, 'stdout', '--psm', '3', '-l', 'eng'], {
        encoding: 'utf8',
        env: { ...process.env, OMP_THREAD_LIMIT: '1' },
      });
      text += `${run.stdout}\n\n`;
      const times = run.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
      cpuSeconds += (times[0] ?? 0) + (times[1] ?? 0);
    }
  } finally {
    await doc.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return {
    scan: scan.label,
    engine: 'tesseract 5 CLI (psm 3)',
    pages: doc.numPages,
    ...(await scores(reference, text, quotes)),
    cpuSecondsPerPage: cpuSeconds / Math.max(1, doc.numPages),
    meanConfidence: null,
  };
}

function printTable(table: Row[]): void {
  const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
  const lines = [
    ['scan', 'engine', 'pages', 'chars', 'dict words', 'gold quotes top 10', 'CPU s/page', 'mean conf'],
    ...table.map((r) => [r.scan, r.engine, String(r.pages), pct(r.charRecall), pct(r.wordRecall), `${r.quotesFound}/${r.quotes}`, r.cpuSecondsPerPage.toFixed(2), r.meanConfidence === null ? '' : r.meanConfidence.toFixed(1)]),
  ];
  const widths = lines[0]!.map((_, i) => Math.max(...lines.map((l) => l[i]!.length)));
  for (const l of lines) process.stdout.write(`${l.map((c, i) => c.padEnd(widths[i]!)).join('  ')}\n`);
}
