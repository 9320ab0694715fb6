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
    const rows = [
      ['files', `${docs} (${describeOutcomes(outcomes)})`],
      ['text', fmtMB(corpus.bytes)],
      ['wall time', fmtMs(ms)],
      ['docs/s', fmtRate(perSecond(docs, ms))],
      ['MB/s', fmtRate(perSecond(corpus.bytes / 1e6, ms))],
      ['clauses/s', `${fmtRate(perSecond(clauses, ms))}  (${clauses.toLocaleString('en-US')} clauses)`],
      ['chunks/s', `${fmtRate(perSecond(chunks, ms))}  (${chunks.toLocaleString('en-US')} chunks)`],
      ['DB size', `${fmtMB(dbBytes)}  (${(dbBytes / corpus.bytes).toFixed(1)}× the text)`],
    ];
    return {
      tables: [{ header: ['metric', 'value'], rows }],
      notes: [
        `${ctx.quick ? `--quick: the first ${QUICK_TXT_FILES} files sorted by name` : 'All files'}, one engine.ingest() call; MB = 10^6 bytes of UTF-8 text; docs/s counts every file, duplicates included.`,
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
