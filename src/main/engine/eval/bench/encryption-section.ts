/**
 * Section "encryption": what encryption at rest costs. The same CUAD .txt files are
 * ingested into a plain and an encrypted file database (fresh files, same driver), then
 * the same lexical queries run on each; the ratios encrypted / plain are the headline.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ClauseEngine } from '../../engine';
import { DATA_FILES } from '../data-paths';
import { fmtMs } from './bench-format';
import type { BenchSection } from './bench-section';
import { loadBenchQueries } from './bench-queries';
import { median } from './bench-stats';
import { pickCorpusFiles } from './cuad-corpus';
import { timedIngest } from './timed-ingest';

const FILES = { quick: 30, full: 120 };
const QUERIES = { quick: 60, full: 200 };

export const encryptionSection: BenchSection = {
  name: 'encryption',
  title: 'encryption: ingest and search, encrypted vs plain database',
  async run(ctx) {
    const dir = path.join(ctx.dataDir, DATA_FILES.cuadTxtDir);
    const files = pickCorpusFiles(readdirSync(dir), ctx.quick ? FILES.quick : FILES.full).map((n) => path.join(dir, n));
    const queries = loadBenchQueries(ctx.dataDir).texts.slice(0, ctx.quick ? QUERIES.quick : QUERIES.full);
    const measure = async (label: 'plain' | 'encrypted') => {
      const engine = ClauseEngine.open(path.join(ctx.workDir, `encryption-${label}.db`), label === 'encrypted' ? { key: 'bench passphrase' } : {});
      try {
        const ingest = await timedIngest(engine, files, ctx.progress(`encryption (${label}) ingest`, 'files'));
        for (const q of queries.slice(0, 5)) await engine.search(q, { topK: 10 }); // warm the page cache
        const perQuery: number[] = [];
        for (let run = 0; run < ctx.runs; run++) {
          for (const q of queries) {
            const t = performance.now();
            await engine.search(q, { topK: 10 });
            perQuery.push(performance.now() - t);
          }
        }
        return { ingestMs: ingest.totalMs, searchMedianMs: median(perQuery), searchTotalMs: perQuery.reduce((a, b) => a + b, 0) };
      } finally {
        engine.close();
      }
    };
    const plain = await measure('plain');
    const encrypted = await measure('encrypted');
    const ingestRatio = encrypted.ingestMs / plain.ingestMs;
    const searchRatio = encrypted.searchMedianMs / plain.searchMedianMs;
    return {
      tables: [
        {
          header: ['database', 'ingest', 'search median', 'search total'],
          rows: [
            ['plain', fmtMs(plain.ingestMs), fmtMs(plain.searchMedianMs), fmtMs(plain.searchTotalMs)],
            ['encrypted', fmtMs(encrypted.ingestMs), fmtMs(encrypted.searchMedianMs), fmtMs(encrypted.searchTotalMs)],
            ['encrypted / plain', ratio(ingestRatio), ratio(searchRatio), ratio(encrypted.searchTotalMs / plain.searchTotalMs)],
          ],
        },
      ],
      notes: [
        `${files.length} CUAD .txt files in one ingest each; ${queries.length} distinct ACORD/CUAD queries, lexical, top 10, ${ctx.runs} run(s) after 5 warm-up queries.`,
        'Encrypted: SQLite3 Multiple Ciphers, SQLCipher 4 (AES-256, HMAC-SHA512, 256k KDF iterations at open); plain: the same driver without a key.',
      ],
      json: { files: files.length, queries: queries.length, runs: ctx.runs, plain, encrypted, ingestRatio, searchRatio },
      topLevel: { encryption: { ingestRatio, searchRatio } },
    };
  },
};

function ratio(value: number): string {
  return Number.isFinite(value) ? `${value.toFixed(2)}×` : 'n/a';
}
