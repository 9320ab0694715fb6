import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { makeScannedPdf, SCANNED_CONTRACT_LINES } from '../../../../fixtures/scan-fixtures';
import { tempDir } from '../../../../helpers/temp-dir';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../..');
const BIN = path.join(root, 'bin/clause-search.js');
const NO_NETWORK = path.join(root, 'test/helpers/no-network.mjs');

/** The real CLI in a child process whose every network call (main thread and workers) throws. */
async function offlineCli(cwd: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', NO_NETWORK, BIN, ...args], { cwd });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('OCR of a mixed PDF, offline, through the CLI', () => {
  it('OCRs only the page without text, with no network and nothing written to the working folder', async () => {
    const folder = tempDir();
    const cwd = tempDir();
    const pdf = path.join(folder, 'scan.pdf');
    fs.writeFileSync(pdf, await makeScannedPdf({ pages: SCANNED_CONTRACT_LINES, textPages: [2] }));
    const db = path.join(folder, 'lib.db');

    const ingest = await offlineCli(cwd, 'ingest', '--db', db, pdf);
    expect(ingest.stderr).not.toContain('NETWORK ATTEMPT');
    expect(ingest.code).toBe(0);
    expect(fs.readdirSync(cwd)).toEqual([]);

    const docs = await offlineCli(cwd, 'docs', '--db', db, '--json');
    const [doc] = JSON.parse(docs.stdout) as Array<{ pageCount: number; notes?: string[] }>;
    expect(doc!.pageCount).toBe(2);
    expect(doc!.notes?.[0]).toMatch(/^Read by OCR \(page 1\), mean word confidence \d+ %\.$/);

    const search = await offlineCli(cwd, 'search', '--db', db, '--json', 'flood earthquake');
    const [hit] = JSON.parse(search.stdout) as Array<{ clauseNumber: string; pageStart: number; text: string }>;
    expect(hit).toMatchObject({ clauseNumber: '2', pageStart: 1 });
    expect(hit!.text).toContain('Neither party is liable for delay caused');
    // Page 2 has a text layer: it comes from that, not from OCR.
    const law = JSON.parse((await offlineCli(cwd, 'search', '--db', db, '--json', 'governing law New York')).stdout) as Array<{ pageStart: number }>;
    expect(law[0]!.pageStart).toBe(2);

    // Word boxes are stored for the OCR'd page only, inside the page and in reading order.
    const { default: Database } = await import('better-sqlite3');
    const store = new Database(db, { readonly: true });
    const words = store.prepare('SELECT page_number, char_start, x0, y0, x1, y1 FROM ocr_words ORDER BY char_start').all() as Array<Record<string, number>>;
    store.close();
    expect(words.length).toBeGreaterThan(20);
    expect(new Set(words.map((w) => w.page_number))).toEqual(new Set([1]));
    for (const w of words) {
      expect(w.x0).toBeGreaterThanOrEqual(0);
      expect(w.x1).toBeLessThanOrEqual(1);
      expect(w.x1).toBeGreaterThan(w.x0!);
      expect(w.y1).toBeGreaterThan(w.y0!);
    }
  });
});
