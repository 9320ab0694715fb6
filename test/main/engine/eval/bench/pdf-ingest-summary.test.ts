import { describe, expect, it } from 'vitest';
import { summarizePdfRuns, type PdfRun } from '../../../../../src/main/engine/eval/bench/pdf-ingest-summary';
import { PDFTOTEXT_MISSING } from '../../../../../src/main/engine/eval/bench/pdftotext';

/** Two files (10 + 30 pages, 4 + 6 clauses); `scale` stretches every time of the run. */
function run(scale: number, pdftotext: boolean): PdfRun {
  return {
    ours: {
      totalMs: 1000 * scale,
      files: [
        { path: '/d/a.pdf', outcome: 'ingested', pages: 10, clauses: 4, ms: 400 * scale, error: null },
        { path: '/d/b.pdf', outcome: 'ingested', pages: 30, clauses: 6, ms: 600 * scale, error: null },
      ],
    },
    pdftotextMs: pdftotext ? [50 * scale, 150 * scale] : null,
  };
}

describe('summarizePdfRuns', () => {
  it('reports medians, rates and the ours/pdftotext ratio, with per-file detail from the median run', () => {
    const out = summarizePdfRuns({ runs: [run(2, true), run(1, true), run(3, true)], pdftotextPath: '/usr/bin/pdftotext', warmUpFile: '/d/a.pdf' });
    expect(out.json).toMatchObject({
      files: 2,
      pages: 40,
      clauses: 10,
      runs: 3,
      ours: { runMs: [2000, 1000, 3000], medianMs: 2000, pagesPerSec: 20, clausesPerSec: 5 },
      pdftotext: { found: true, medianMs: 400, pagesPerSec: 100 },
      ratioOursToPdftotext: 5,
      perFileRun: 1,
      failures: [],
    });
    expect(out.tables[1]!.rows.at(-1)).toEqual(['total', '40', '10', '2.00 s', '400 ms', '5.0×']);
    expect(out.notes[0]).toMatch(/^ours \/ pdftotext: 5\.0×/);
  });

  it('leaves the ratio null and says how to get pdftotext when it is missing', () => {
    const out = summarizePdfRuns({ runs: [run(1, false)], pdftotextPath: null, warmUpFile: '/d/a.pdf' });
    expect(out.json.ratioOursToPdftotext).toBeNull();
    expect(out.json.pdftotext).toEqual({ found: false, note: PDFTOTEXT_MISSING });
    expect(out.notes[0]).toBe('pdftotext not found — install poppler-utils to compare');
  });

  it('lists a file that did not ingest', () => {
    const bad = run(1, true);
    bad.ours.files[1] = { ...bad.ours.files[1]!, outcome: 'failed', pages: 0, clauses: 0, error: 'It is damaged.' };
    const out = summarizePdfRuns({ runs: [bad], pdftotextPath: '/usr/bin/pdftotext', warmUpFile: '/d/a.pdf' });
    expect(out.json.failures).toEqual([{ run: 1, file: 'b.pdf', outcome: 'failed', error: 'It is damaged.' }]);
    expect(out.notes).toContain('Run 1: b.pdf was failed (It is damaged.).');
  });
});
