import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ClauseEngine } from '../../../../src/main/engine/engine';
import { generatedContract } from '../../../fixtures/text-corpus';
import { tempDir } from '../../../helpers/temp-dir';
import { tinyModels } from '../../../helpers/tiny-models';

const SECRET = 'Quillfeatherzyx';

/** Rows of any table (every column cast to text) that contain `needle`; new tables are scanned too. */
function tablesHolding(db: Database, needle: string): string[] {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'").pluck().all() as string[];
  const found: string[] = [];
  for (const table of tables) {
    const columns = (db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[]).map((c) => `"${c}"`);
    if (columns.length === 0) continue;
    const hit = db.prepare(`SELECT 1 FROM "${table}" WHERE instr(lower(CAST(${columns.join(" AS TEXT) || ' ' || CAST(")} AS TEXT)), lower(?)) > 0 LIMIT 1`).get(needle);
    if (hit) found.push(table);
  }
  return found;
}

function fileHolds(file: string, needle: string): boolean {
  const variants = [Buffer.from(needle), Buffer.from(needle.toLowerCase()), Buffer.from(needle, 'utf16le')];
  return [file, `${file}-wal`].some((f) => fs.existsSync(f) && variants.some((v) => fs.readFileSync(f).includes(v)));
}

describe('removing a document', () => {
  it('leaves none of its text, clauses, chunks, vectors, scores or review cells in the database or its file', async () => {
    const dir = tempDir();
    const kept = path.join(dir, 'kept.txt');
    const removed = path.join(dir, 'secret.txt');
    fs.writeFileSync(kept, generatedContract(1));
    fs.writeFileSync(removed, `${generatedContract(2)}\n\n5. CONFIDENTIALITY. The ${SECRET} formula stays with the Supplier and is never disclosed.\n`);
    const dbFile = path.join(dir, 'lib.db');
    const engine = ClauseEngine.open(dbFile);
    try {
      await engine.loadModels(path.dirname((await tinyModels()).crossEncoderDir), { device: 'cpu' });
      const results = await engine.ingest([kept, removed]);
      const removedId = results[1]!.documentId!;
      await engine.search(`${SECRET} formula`, { mode: 'full' });
      const sha = engine.getDocument(removedId).sha256;
      if (engine.db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'review_cells'").get()) {
        engine.db.prepare("INSERT INTO review_cells VALUES (?, 't', 'm', ?, '2024-01-01')").run(sha, JSON.stringify({ quote: `${SECRET} formula` }));
      }
      const counts = () => ({
        vectors: engine.db.prepare('SELECT COUNT(*) FROM chunk_vectors').pluck().get() as number,
        cache: engine.db.prepare('SELECT COUNT(*) FROM rerank_cache').pluck().get() as number,
      });
      const before = counts();
      expect(before.vectors).toBeGreaterThan(0);
      expect(before.cache).toBeGreaterThan(0);
      expect(tablesHolding(engine.db, SECRET).length).toBeGreaterThan(0);

      expect(engine.removeDocument(removedId)).toBe(true);
      // Only FTS5's index segments still hold the removed words (as terms) until they are merged by compact.
      expect(tablesHolding(engine.db, SECRET)).toEqual(['clauses_fts_data']);
      expect(counts().vectors).toBeLessThan(before.vectors);
      expect(counts().cache).toBe(0);
      expect((await engine.search(SECRET)).results).toEqual([]);
      expect((await engine.search('thirty days invoice')).results.length).toBeGreaterThan(0);

      const steps: string[] = [];
      const { bytesBefore, bytesAfter } = engine.compact((p) => steps.push(`${p.step}/${p.steps} ${p.label}`));
      expect(steps).toEqual(['1/3 Merging the search index', '2/3 Rewriting the database (VACUUM)', '3/3 Clearing the write-ahead log']);
      expect(bytesAfter).toBeLessThanOrEqual(bytesBefore);
      expect(engine.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(tablesHolding(engine.db, SECRET)).toEqual([]);
      expect(engine.listHistory().map((e) => e.action)).toEqual(['compacted', 'removed', 'added', 'added']);
    } finally {
      engine.close();
    }
    expect(fileHolds(dbFile, SECRET)).toBe(false);
    // The kept document is still whole after the rewrite.
    const reopened = ClauseEngine.open(dbFile);
    try {
      expect(reopened.listDocuments().map((d) => path.basename(d.path))).toEqual(['kept.txt']);
    } finally {
      reopened.close();
    }
  });

  it('the history is append-only', () => {
    const engine = ClauseEngine.open(path.join(tempDir(), 'lib.db'));
    try {
      engine.recordExport({ clauseIds: [], format: 'md', file: '/tmp/out.md' });
      expect(() => engine.db.prepare('DELETE FROM audit_log').run()).toThrow('The library history is append-only.');
      expect(() => engine.db.prepare("UPDATE audit_log SET action = 'added'").run()).toThrow('append-only');
      expect(engine.listHistory()).toHaveLength(1);
    } finally {
      engine.close();
    }
  });
});
