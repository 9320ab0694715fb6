/**
 * Section "formats-ingest": Word, HTML and scanned PDFs through engine.ingest() into a
 * file database. The Word and HTML files are written from CUAD txt contracts (one
 * paragraph per blank-line block), the scan is the real image-only CUAD scan (OCR'd).
 * Also times a cancelled batch and its resume: finished files are recognised by their
 * bytes and not read again. Peak RSS is the process's high-water mark so far.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { ClauseEngine } from '../../engine';
import { fmtMs, fmtRate } from './bench-format';
import type { BenchContext } from './bench-context';
import type { BenchSection, BenchTable } from './bench-section';
import { perSecond } from './bench-stats';

const QUICK_FILES = 20;
const FULL_FILES = 200;

interface FormatRow {
  format: string;
  files: number;
  pages: number;
  ms: number;
  failed: number;
  peakRssMB: number;
}

function peakRssMB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

function blocks(text: string): string[] {
  return text.split(/\n\s*\n/).map((b) => b.replace(/\s+/g, ' ').trim()).filter((b) => b !== '');
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

async function writeCorpus(ctx: BenchContext, count: number): Promise<{ docx: string; html: string; scan: string }> {
  const txtDir = path.join(ctx.dataDir, 'raw/cuad_v1/full_contract_txt');
  const names = readdirSync(txtDir).filter((n) => n.endsWith('.txt')).sort().slice(0, count);
  const dirs = { docx: path.join(ctx.workDir, 'fmt-docx'), html: path.join(ctx.workDir, 'fmt-html'), scan: path.join(ctx.workDir, 'fmt-scan') };
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
  for (const name of names) {
    const paragraphs = blocks(readFileSync(path.join(txtDir, name), 'utf8'));
    const base = name.replace(/\.txt$/, '');
    const doc = new Document({ sections: [{ children: paragraphs.map((p) => new Paragraph(p)) }] });
    writeFileSync(path.join(dirs.docx, `${base}.docx`), await Packer.toBuffer(doc));
    writeFileSync(path.join(dirs.html, `${base}.html`), `<html><body>${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}</body></html>`);
  }
  const scanDir = path.join(ctx.dataDir, 'derived/scanned_image_only_pdf');
  for (const f of readdirSync(scanDir)) copyFileSync(path.join(scanDir, f), path.join(dirs.scan, f));
  return dirs;
}

async function timeFolder(ctx: BenchContext, format: string, folder: string): Promise<FormatRow> {
  const engine = ClauseEngine.open(path.join(ctx.workDir, `fmt-${format}.db`));
  try {
    const started = performance.now();
    const results = await engine.ingest([folder], { embed: false });
    const ms = performance.now() - started;
    return {
      format,
      files: results.length,
      pages: results.reduce((s, r) => s + r.pages, 0),
      ms,
      failed: results.filter((r) => r.outcome === 'failed').length,
      peakRssMB: peakRssMB(),
    };
  } finally {
    engine.close();
  }
}

/** Cancels a batch half-way, then runs it again: the second run must only read the unfinished files. */
async function cancelAndResume(ctx: BenchContext, folder: string): Promise<Record<string, number>> {
  const engine = ClauseEngine.open(path.join(ctx.workDir, 'fmt-resume.db'));
  try {
    const controller = new AbortController();
    let total = 0;
    const firstStart = performance.now();
    const first = await engine
      .ingest([folder], {
        embed: false,
        signal: controller.signal,
        onProgress: (p) => {
          total = p.fileCount;
          if (p.phase === 'extract' && p.fileIndex >= Math.floor(p.fileCount / 2)) controller.abort();
        },
      })
      .catch(() => null);
    const firstMs = performance.now() - firstStart;
    const stored = engine.listDocuments().length;
    const resumeStart = performance.now();
    const second = await engine.ingest([folder], { embed: false });
    return {
      files: total,
      cancelledRunCompleted: first === null ? 0 : first.length,
      storedAtCancel: stored,
      cancelledMs: firstMs,
      resumeMs: performance.now() - resumeStart,
      resumeSkipped: second.filter((r) => r.outcome === 'duplicate').length,
      resumeIngested: second.filter((r) => r.outcome === 'ingested').length,
    };
  } finally {
    engine.close();
  }
}

export const formatsIngestSection: BenchSection = {
  name: 'formats-ingest',
  title: 'formats-ingest: Word (.docx), HTML and OCR (scanned PDF) into a file database',
  async run(ctx) {
    const count = ctx.quick ? QUICK_FILES : FULL_FILES;
    const dirs = await writeCorpus(ctx, count);
    const rows: FormatRow[] = [];
    for (const [format, folder] of [['docx', dirs.docx], ['html', dirs.html], ['ocr', dirs.scan]] as const) {
      ctx.log(`formats-ingest: ${format}`);
      rows.push(await timeFolder(ctx, format, folder));
    }
    ctx.log('formats-ingest: cancel and resume (docx)');
    const resume = await cancelAndResume(ctx, dirs.docx);
    const table: BenchTable = {
      header: ['format', 'files', 'pages', 'wall', 'files/s', 'pages/s', 'failed', 'peak RSS so far'],
      rows: rows.map((r) => [
        r.format,
        String(r.files),
        String(r.pages),
        fmtMs(r.ms),
        fmtRate(perSecond(r.files, r.ms)),
        fmtRate(perSecond(r.pages, r.ms)),
        String(r.failed),
        `${r.peakRssMB.toFixed(0)} MB`,
      ]),
    };
    return {
      tables: [table],
      notes: [
        `docx and html: the first ${count} CUAD txt contracts (sorted by name) rewritten as Word and HTML; a Word file counts as one page.`,
        'ocr: the real image-only CUAD scan (4 pages, 300 dpi JPEG), OCR in tesseract.js\'s worker thread.',
        `Cancel at half of ${resume.files} .docx files, then resume: ${resume.resumeSkipped} finished files skipped by their bytes, ${resume.resumeIngested} read (${fmtMs(resume.resumeMs)}).`,
        'Peak RSS is the whole bench process\'s high-water mark when the row finished (process.resourceUsage().maxRSS).',
      ],
      json: { rows, resume },
    };
  },
};
