import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GridProgress } from '../../../../src/shared/review';
import { contractText, gridLibrary } from './grid-fixtures';

function docIdOf(engine: Awaited<ReturnType<typeof gridLibrary>>['engine'], file: string): number {
  return engine.listDocuments().find((d) => d.path === file)!.id;
}

describe('review grid', () => {
  it('fills every (contract, type) cell, finds governing law where the contract has it and reads its jurisdiction', async () => {
    const { engine, contracts } = await gridLibrary();
    const grid = await engine.review.computeGrid({ typeIds: ['governing-law', 'cap-on-liability'] });
    expect(grid.rows).toHaveLength(3);
    expect(grid.types.map((t) => t.name)).toEqual(['Governing Law', 'Cap On Liability']);
    for (const c of contracts) {
      const row = grid.rows.find((r) => r.documentPath === c.file)!;
      const law = row.cells['governing-law']!;
      expect(law.confidence).toBeGreaterThanOrEqual(0);
      expect(law.confidence).toBeLessThanOrEqual(1);
      if (c.governingLaw) {
        expect(law.found).toBe(true);
        expect(law.value).toBe(c.governingLaw);
        expect(law.clause!.heading).toBe('Governing Law');
      }
    }
    const withLaw = grid.rows.filter((r) => contracts.find((c) => c.file === r.documentPath)!.governingLaw !== null);
    const without = grid.rows.find((r) => contracts.find((c) => c.file === r.documentPath)!.governingLaw === null)!;
    for (const r of withLaw) expect(r.cells['governing-law']!.confidence).toBeGreaterThan(without.cells['governing-law']!.confidence);
    engine.close();
  });

  it('reports progress per column and serves the second run from the cache', async () => {
    const { engine } = await gridLibrary();
    const events: GridProgress[] = [];
    const first = await engine.review.computeGrid({ typeIds: ['governing-law', 'parties', 'audit-rights'] }, { onProgress: (p) => events.push(p) });
    expect(first.computedCells).toBe(9);
    expect(first.cachedCells).toBe(0);
    expect(events.map((e) => e.typesDone)).toEqual([0, 1, 2, 3]);
    expect(events.at(-1)).toMatchObject({ cellsDone: 9, cellCount: 9, typeName: 'Audit Rights' });
    const second = await engine.review.computeGrid({ typeIds: ['governing-law', 'parties', 'audit-rights'] });
    expect(second.cachedCells).toBe(9);
    expect(second.rows).toEqual(first.rows);
    engine.close();
  });

  it('recomputes only the column whose definition changed', async () => {
    const { engine } = await gridLibrary();
    await engine.review.computeGrid({ typeIds: ['governing-law', 'audit-rights'] });
    engine.review.editType('audit-rights', { request: 'inspect books records' });
    const again = await engine.review.computeGrid({ typeIds: ['governing-law', 'audit-rights'] });
    expect(again.cachedCells).toBe(3);
    expect(again.computedCells).toBe(3);
    engine.close();
  });

  it('recomputes only the document whose contents changed', async () => {
    const { engine, contracts } = await gridLibrary();
    await engine.review.computeGrid({ typeIds: ['governing-law'] });
    fs.writeFileSync(contracts[0]!.file, contractText({ title: 'Supply Agreement', partyA: 'A Inc.', partyB: 'B Inc.', date: 'May 9, 2014', governingLaw: 'Texas', capOnLiability: true }));
    await engine.ingest([contracts[0]!.file]);
    const again = await engine.review.computeGrid({ typeIds: ['governing-law'] });
    expect(again.cachedCells).toBe(2);
    expect(again.computedCells).toBe(1);
    expect(again.rows.find((r) => r.documentPath === contracts[0]!.file)!.cells['governing-law']!.value).toBe('Texas');
    engine.close();
  });

  it('keeps a review through recomputation and marks it stale when the contract changed under it', async () => {
    const { engine, contracts } = await gridLibrary();
    const file = contracts[0]!.file;
    const cell = await engine.review.setReview(docIdOf(engine, file), 'governing-law', 'verified', 'checked against the signed copy');
    expect(cell.review).toMatchObject({ state: 'verified', note: 'checked against the signed copy', stale: false });
    expect(cell.review.at).not.toBeNull();

    engine.review.editType('governing-law', { description: 'Which law governs (edited)' });
    const same = await engine.review.getCell(docIdOf(engine, file), 'governing-law');
    expect(same.review).toMatchObject({ state: 'verified', stale: false });

    fs.writeFileSync(file, contractText({ title: 'Supply Agreement', partyA: 'A Inc.', partyB: 'B Inc.', date: 'May 8, 2014', governingLaw: 'Texas', capOnLiability: true }));
    await engine.ingest([file]);
    const changed = await engine.review.getCell(docIdOf(engine, file), 'governing-law');
    expect(changed.review).toMatchObject({ state: 'verified', note: 'checked against the signed copy', stale: true });

    const back = await engine.review.setReview(docIdOf(engine, file), 'governing-law', 'unreviewed');
    expect(back.review).toEqual({ state: 'unreviewed', note: null, at: null, stale: false });
    engine.close();
  });

  it('a contract edit elsewhere in the file keeps the review fresh while the reviewed clause is unchanged', async () => {
    const { engine, contracts } = await gridLibrary();
    const file = contracts[1]!.file;
    await engine.review.setReview(docIdOf(engine, file), 'governing-law', 'flagged');
    fs.writeFileSync(file, contractText({ title: 'Distribution Agreement', partyA: 'Cobalt Tools Ltd.', partyB: 'Other Party Inc.', date: 'the 3rd day of June, 2019', governingLaw: 'Delaware', capOnLiability: false }));
    await engine.ingest([file]);
    const cell = await engine.review.getCell(docIdOf(engine, file), 'governing-law');
    expect(cell.review).toMatchObject({ state: 'flagged', stale: false });
    engine.close();
  });

  it('is a search scope: the documents where a type is found', async () => {
    const { engine, contracts } = await gridLibrary();
    const ids = await engine.review.documentsWhere('governing-law', true);
    const expected = contracts.filter((c) => c.governingLaw !== null).map((c) => docIdOf(engine, c.file));
    expect(ids.sort()).toEqual(expected.sort());
    const response = await engine.search('agreement', { documentIds: ids, topK: 50 });
    expect(new Set(response.results.map((r) => r.documentId))).toEqual(new Set(expected));
    engine.close();
  });

  it('stops between columns when cancelled', async () => {
    const { engine } = await gridLibrary();
    const controller = new AbortController();
    const run = engine.review.computeGrid({}, { signal: controller.signal, onProgress: (p) => p.typesDone === 2 && controller.abort() });
    await expect(run).rejects.toThrow(/cancelled/);
    engine.close();
  });

  it('rejects unknown types, documents and review states with one sentence', async () => {
    const { engine } = await gridLibrary();
    await expect(engine.review.computeGrid({ typeIds: ['no-such-type'] })).rejects.toThrow(/no clause type with id "no-such-type"/);
    await expect(engine.review.computeGrid({ documentIds: [999] })).rejects.toThrow(/no searchable document with id 999/);
    await expect(engine.review.setReview(1, 'governing-law', 'approved' as never)).rejects.toThrow(/not a review state/);
    engine.close();
  });
});
