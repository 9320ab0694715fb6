/** Section "txt-ingest": the CUAD txt corpus into a temp file database (segment + chunk + FTS5). */
import { existsSync, statSync } from 'node:fs';
import { QUICK_TXT_FILES } from './bench-args';
import { fmtMB, fmtMs, fmtRate } from './bench-format';
import type { BenchSection } from './bench-section';
import { perSecond } from './bench-stats';
import { describeOutcomes, outcomeCounts } from './timed-ingest';

export const txtIngestSection: BenchSection = {
  name: 'txt-ingest',
  title: 'txt-ingest: CUAD contracts (.txt) into a file database',
  async run(ctx) {
    const corpus = await ctx.cuadCorpus();
    const { engine, ingest } = corpus;
    const clauses = ingest.files.reduce((s, f) => s + f.clauses, 0);
    const chunks = (engine.db.prepare('SELECT COUNT(*) AS n FROM chunks').get() as { n: number }).n;
    // Fold the WAL into the main file so the size is what a user's disk would hold.
    engine.db.pragma('wal_checkpoint(TRUNCATE)');
    const dbBytes = databaseBytes(corpus.dbFile);
    const ms = ingest.totalMs;
    const outcomes = outcomeCounts(ingest.files);
    const docs = ingest.files.length;
    const n = (x: number): string => x.toLocaleString('en-US');
    const row = [
      n(docs),
      fmtMB(corpus.bytes),
      fmtMs(ms),
      fmtRate(perSecond(docs, ms)),
      fmtRate(perSecond(corpus.bytes / 1e6, ms)),
      n(clauses),
      fmtRate(perSecond(clauses, ms)),
      n(chunks),
      fmtRate(perSecond(chunks, ms)),
      fmtMB(dbBytes),
    ];
    return {
      tables: [{ header: ['files', 'text', 'wall', 'docs/s', 'MB/s', 'clauses', 'clauses/s', 'chunks', 'chunks/s', 'DB size'], rows: [row] }],
      notes: [
        `${ctx.quick ? `--quick: the first ${QUICK_TXT_FILES} files sorted by name` : 'All files'} in one engine.ingest() call: ${describeOutcomes(outcomes)}; docs/s counts every file.`,
        `MB = 10^6 bytes of UTF-8 text; DB size after a WAL checkpoint is ${(dbBytes / corpus.bytes).toFixed(1)}× the text.`,
      ],
      json: {
        quick: ctx.quick,
        files: docs,
        outcomes,
        bytes: corpus.bytes,
        ms,
        docsPerSec: perSecond(docs, ms),
        mbPerSec: perSecond(corpus.bytes / 1e6, ms),
        clauses,
        clausesPerSec: perSecond(clauses, ms),
        chunks,
        chunksPerSec: perSecond(chunks, ms),
        dbBytes,
      },
    };
  },
};

function databaseBytes(dbFile: string): number {
  return ['', '-wal'].reduce((s, suffix) => s + (existsSync(dbFile + suffix) ? statSync(dbFile + suffix).size : 0), 0);
}
