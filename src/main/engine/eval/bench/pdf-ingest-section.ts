/**
 * Section "pdf-ingest": the real contract PDFs through the whole engine ingest (extract,
 * segment, store), N runs into fresh databases, against pdftotext on the same files
 * in the same run.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ClauseEngine } from '../../engine';
import type { BenchSection } from './bench-section';
import { listRealPdfs } from './pdf-files';
import { summarizePdfRuns, type PdfRun } from './pdf-ingest-summary';
import { findPdftotext, timePdftotext } from './pdftotext';
import { timedIngest } from './timed-ingest';

export const pdfIngestSection: BenchSection = {
  name: 'pdf-ingest',
  title: 'pdf-ingest: real contract PDFs, full engine ingest vs pdftotext',
  async run(ctx) {
    const files = listRealPdfs(ctx.dataDir);
    const pdftotext = findPdftotext();
    const warmUpFile = files[0]!;
    await warmUp(warmUpFile, files, pdftotext);

    const runs: PdfRun[] = [];
    for (let r = 1; r <= ctx.runs; r++) {
      const dbFile = path.join(ctx.workDir, `pdf-run-${r}.db`);
      const engine = ClauseEngine.open(dbFile);
      let ours;
      try {
        ours = await timedIngest(engine, files, ctx.progress(`pdf-ingest run ${r}/${ctx.runs}`, 'file'));
      } finally {
        engine.close();
        removeDatabase(dbFile);
      }
      const pdftotextMs = pdftotext === null ? null : await timeEach(pdftotext, files);
      runs.push({ ours, pdftotextMs });
    }
    return summarizePdfRuns({ runs, pdftotextPath: pdftotext, warmUpFile });
  },
};

/** pdf.js's first load (module, worker, fonts) is a one-off cost a user pays once per app start, not per file. */
async function warmUp(file: string, all: readonly string[], pdftotext: string | null): Promise<void> {
  for (const f of all) readFileSync(f);
  const engine = ClauseEngine.open(':memory:');
  try {
    await engine.ingest([file]);
  } finally {
    engine.close();
  }
  if (pdftotext !== null) await timePdftotext(pdftotext, file);
}

async function timeEach(bin: string, files: readonly string[]): Promise<number[]> {
  const times: number[] = [];
  for (const f of files) times.push(await timePdftotext(bin, f));
  return times;
}

function removeDatabase(dbFile: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${dbFile}${suffix}`, { force: true });
}
