/** Turns the timed PDF runs into the section's tables, notes and JSON; pure, no timing here. */
import path from 'node:path';
import { fmtMs, fmtRate, fmtRatio, shortName } from './bench-format';
import type { SectionOutput } from './bench-section';
import { median, medianRunIndex, perSecond } from './bench-stats';
import { PDFTOTEXT_MISSING } from './pdftotext';
import type { TimedIngest } from './timed-ingest';

export interface PdfRun {
  ours: TimedIngest;
  /** Per file, in the same order as ours.files; null when pdftotext is not installed. */
  pdftotextMs: number[] | null;
}

export interface PdfSummaryInput {
  runs: PdfRun[];
  pdftotextPath: string | null;
  warmUpFile: string;
}

const sum = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0);

export function summarizePdfRuns({ runs, pdftotextPath, warmUpFile }: PdfSummaryInput): SectionOutput {
  const oursRunMs = runs.map((r) => r.ours.totalMs);
  const typicalIndex = medianRunIndex(oursRunMs);
  const typical = runs[typicalIndex]!;
  const pages = sum(typical.ours.files.map((f) => f.pages));
  const clauses = sum(typical.ours.files.map((f) => f.clauses));
  const oursMedian = median(oursRunMs);
  const theirsRunMs = pdftotextPath === null ? null : runs.map((r) => sum(r.pdftotextMs ?? []));
  const theirsMedian = theirsRunMs === null ? null : median(theirsRunMs);
  const ratio = theirsMedian === null || theirsMedian <= 0 ? null : oursMedian / theirsMedian;
  const failures = runs.flatMap((r, i) =>
    r.ours.files.filter((f) => f.outcome !== 'ingested').map((f) => ({ run: i + 1, file: path.basename(f.path), outcome: f.outcome, error: f.error })),
  );

  const summaryRows = [
    ['Clause Search ingest', fmtMs(oursMedian), oursRunMs.map(fmtMs).join(', '), fmtRate(perSecond(pages, oursMedian)), fmtRate(perSecond(clauses, oursMedian))],
    theirsRunMs === null || theirsMedian === null
      ? ['pdftotext', 'n/a', 'not found', 'n/a', '-']
      : ['pdftotext', fmtMs(theirsMedian), theirsRunMs.map(fmtMs).join(', '), fmtRate(perSecond(pages, theirsMedian)), '-'],
  ];
  const fileRows = typical.ours.files.map((f, i) => {
    const theirs = typical.pdftotextMs?.[i];
    return [shortName(path.basename(f.path)), String(f.pages), String(f.clauses), fmtMs(f.ms), theirs === undefined ? 'n/a' : fmtMs(theirs), fmtRatio(theirs === undefined ? null : f.ms / theirs)];
  });
  const typicalTheirs = typical.pdftotextMs === null ? null : sum(typical.pdftotextMs);
  fileRows.push(['total', String(pages), String(clauses), fmtMs(typical.ours.totalMs), typicalTheirs === null ? 'n/a' : fmtMs(typicalTheirs), fmtRatio(typicalTheirs === null ? null : typical.ours.totalMs / typicalTheirs)]);

  const notes = [
    ratio === null ? PDFTOTEXT_MISSING : `ours / pdftotext: ${fmtRatio(ratio)} (how many times slower, medians of ${runs.length} runs); ours also segments and stores, pdftotext only extracts.`,
    `Warm-up before timing: pdf.js loaded by ingesting ${shortName(path.basename(warmUpFile), 32)} into a throwaway database${pdftotextPath === null ? '' : ', one pdftotext call'}, every PDF read once (page cache).`,
    `Each run ingests into a fresh temp database; per-file times are from run ${typicalIndex + 1} (the median run).`,
    ...failures.map((f) => `Run ${f.run}: ${f.file} was ${f.outcome}${f.error === null ? '' : ` (${f.error})`}.`),
  ];
  return {
    tables: [
      { header: ['tool', 'median', 'runs', 'pages/s', 'clauses/s'], rows: summaryRows },
      { title: `Per file (run ${typicalIndex + 1})`, header: ['file', 'pages', 'clauses', 'ingest', 'pdftotext', 'ratio'], rows: fileRows },
    ],
    notes,
    json: {
      files: typical.ours.files.length,
      pages,
      clauses,
      runs: runs.length,
      warmUp: `ingested ${path.basename(warmUpFile)} into a throwaway database before timing; all PDFs read once beforehand`,
      ours: { runMs: oursRunMs, medianMs: oursMedian, pagesPerSec: perSecond(pages, oursMedian), clausesPerSec: perSecond(clauses, oursMedian) },
      pdftotext:
        theirsRunMs === null || theirsMedian === null
          ? { found: false, note: PDFTOTEXT_MISSING }
          : { found: true, path: pdftotextPath, runMs: theirsRunMs, medianMs: theirsMedian, pagesPerSec: perSecond(pages, theirsMedian) },
      ratioOursToPdftotext: ratio,
      perFileRun: typicalIndex + 1,
      perFile: typical.ours.files.map((f, i) => ({
        file: path.basename(f.path),
        outcome: f.outcome,
        pages: f.pages,
        clauses: f.clauses,
        ms: f.ms,
        pdftotextMs: typical.pdftotextMs?.[i] ?? null,
      })),
      failures,
    },
  };
}
