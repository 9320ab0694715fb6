/**
 * The review grid through the engine worker, as the window drives it: a fill's events
 * (visible cells first), cancel, the open cell, reviews, the grid as a search scope,
 * and an Excel export's bytes.
 */
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import type { GridCellSummary } from '../../../src/shared/grid-api';
import { tempDir } from '../../helpers/temp-dir';
import { contractText } from '../engine/review/grid-fixtures';
import { startClient, type Harness } from './harness';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.client.close();
  harness = undefined;
});

const SPECS = [
  { title: 'Alpha Supply Agreement', partyA: 'Acme Widgets Inc.', partyB: 'Birch Retail LLC', date: 'May 8, 2014', governingLaw: 'New York', capOnLiability: true },
  { title: 'Beta Distribution Agreement', partyA: 'Cobalt Tools Ltd.', partyB: 'Delta Stores Inc.', date: 'June 3, 2019', governingLaw: 'Delaware', capOnLiability: false },
  { title: 'Gamma Service Agreement', partyA: 'Ember Labs Inc.', partyB: 'Fjord Media GmbH', date: 'January 15, 2021', governingLaw: null, capOnLiability: true },
];

async function library(): Promise<{ harness: Harness; ids: Map<string, number> }> {
  const dir = tempDir();
  const files = SPECS.map((spec, i) => {
    const file = path.join(dir, `contract-${i + 1}.txt`);
    fs.writeFileSync(file, contractText(spec));
    return file;
  });
  const h = startClient({ databasePath: path.join(dir, 'library.db') });
  const { jobId } = await h.client.call('addPaths', [files]);
  await h.waitFor('job-done', (e) => e.jobId === jobId);
  const docs = await h.client.call('listDocuments', []);
  // Keyed by the contract's title as written, whatever title the reader made of the file.
  return { harness: h, ids: new Map(SPECS.map((spec, i) => [spec.title, docs.find((d) => d.path === files[i])!.id])) };
}

function cellsOf(harness: Harness, gridId: string): GridCellSummary[] {
  return harness.events.flatMap((e) => (e.type === 'grid-cells' && e.gridId === gridId ? e.cells : []));
}

describe('review grid over the engine worker', () => {
  it('fills every cell once, the visible ones first, with light cells and a found value', async () => {
    const lib = await library();
    harness = lib.harness;
    const { client, waitFor } = harness;
    const types = await client.call('listClauseTypes', []);
    expect(types.length).toBeGreaterThanOrEqual(41);
    const typeIds = ['document-name', 'governing-law', 'cap-on-liability'];
    for (const id of typeIds) expect(types.map((t) => t.id)).toContain(id);
    const documentIds = [...lib.ids.values()];
    const beta = lib.ids.get('Beta Distribution Agreement')!;

    await client.call('startGridFill', [{ gridId: 'grid-1', typeIds, documentIds, visible: { documentIds: [beta], typeIds: ['cap-on-liability'] } }]);
    const done = await waitFor('grid-done', (e) => e.gridId === 'grid-1');
    expect(done).toMatchObject({ cancelled: false, error: null });

    const batches = harness.events.filter((e) => e.type === 'grid-cells' && e.gridId === 'grid-1');
    // The one visible cell comes alone, before any other.
    expect(batches[0]).toMatchObject({ cells: [{ documentId: beta, typeId: 'cap-on-liability' }] });
    const cells = cellsOf(harness, 'grid-1');
    expect(cells.map((c) => `${c.documentId}/${c.typeId}`).sort()).toEqual(documentIds.flatMap((d) => typeIds.map((t) => `${d}/${t}`)).sort());
    const progress = harness.events.filter((e) => e.type === 'grid-progress' && e.gridId === 'grid-1');
    expect(progress.at(-1)).toMatchObject({ done: 9, total: 9 });

    const law = cells.find((c) => c.typeId === 'governing-law' && c.documentId === lib.ids.get('Alpha Supply Agreement'))!;
    expect(law.found).toBe(true);
    expect(law.clause?.heading ?? law.clause?.excerpt).toMatch(/Governing Law/i);
    expect(law.value).toMatch(/New York/);
    // Cells carry an excerpt, not the clause text: a 1,000-row grid stays small on the wire.
    for (const cell of cells) if (cell.clause) expect(cell.clause.excerpt.length).toBeLessThanOrEqual(161);
    expect(cells.every((c) => !('runnersUp' in c))).toBe(true);
  });

  it('stops a fill on cancel and says so', async () => {
    const lib = await library();
    harness = lib.harness;
    const { client, waitFor } = harness;
    const typeIds = (await client.call('listClauseTypes', [])).map((t) => t.id);
    // Cancel as soon as the first cells arrive: most of the 41 columns are still to come.
    const stop = client.onEvent((e) => {
      if (e.type === 'grid-cells' && e.gridId === 'grid-2') void client.call('cancelGridFill', ['grid-2']);
    });
    await client.call('startGridFill', [{ gridId: 'grid-2', typeIds, documentIds: [...lib.ids.values()] }]);
    const done = await waitFor('grid-done', (e) => e.gridId === 'grid-2');
    stop();
    expect(done).toMatchObject({ cancelled: true, error: null });
    expect(cellsOf(harness, 'grid-2').length).toBeLessThan(typeIds.length * lib.ids.size);
    // A contract removed before its cells are computed is skipped; the fill goes on.
    const gamma = lib.ids.get('Gamma Service Agreement')!;
    await client.call('removeDocument', [gamma]);
    await client.call('startGridFill', [{ gridId: 'grid-3', typeIds: ['governing-law'], documentIds: [...lib.ids.values()] }]);
    expect(await waitFor('grid-done', (e) => e.gridId === 'grid-3')).toMatchObject({ cancelled: false, error: null });
    expect(cellsOf(harness, 'grid-3').map((c) => c.documentId).sort()).toEqual([...lib.ids.values()].filter((id) => id !== gamma).sort());
    // Cancelling a fill that has ended, or never was, is not an error.
    await expect(client.call('cancelGridFill', ['grid-2'])).resolves.toBeUndefined();
    await expect(client.call('setGridViewport', ['grid-none', { documentIds: [1], typeIds: ['governing-law'] }])).resolves.toBeUndefined();
  });

  it('opens a cell in full, keeps a review and its note, scopes a search, and exports Excel', async () => {
    const lib = await library();
    harness = lib.harness;
    const { client } = harness;
    const alpha = lib.ids.get('Alpha Supply Agreement')!;
    const detail = await client.call('getGridCell', [alpha, 'governing-law']);
    expect(detail).toMatchObject({ documentId: alpha, typeId: 'governing-law', typeName: 'Governing Law', found: true });
    expect(detail.clause?.text).toMatch(/laws of the State of New York/);
    expect(detail.request.length).toBeGreaterThan(0);

    const flagged = await client.call('setCellReview', [{ documentId: alpha, typeId: 'governing-law', state: 'flagged', note: 'Check the choice of forum too.' }]);
    expect(flagged).toMatchObject({ state: 'flagged', note: 'Check the choice of forum too.', stale: false });
    // A state change without a note keeps the note.
    const verified = await client.call('setCellReview', [{ documentId: alpha, typeId: 'governing-law', state: 'verified' }]);
    expect(verified).toMatchObject({ state: 'verified', note: 'Check the choice of forum too.' });
    expect((await client.call('getGridCell', [alpha, 'governing-law'])).review.state).toBe('verified');

    const withLaw = await client.call('documentsWhereFound', ['governing-law']);
    expect(withLaw.sort()).toEqual([alpha, lib.ids.get('Beta Distribution Agreement')!].sort());
    const scoped = await client.call('search', [{ requestId: 1, query: 'laws of the State', documentIds: withLaw, mode: 'lexical' }]);
    expect(scoped.results.length).toBeGreaterThan(0);
    expect(scoped.results.every((r) => withLaw.includes(r.documentId))).toBe(true);

    const file = await client.call('exportGrid', [{ typeIds: ['governing-law', 'cap-on-liability'], format: 'xlsx' }]);
    expect(file.fileName).toMatch(/^review-grid-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const zip = await JSZip.loadAsync(file.bytes);
    const shared = await zip.file('xl/sharedStrings.xml')!.async('string');
    expect(shared).toContain('Governing Law');
    // The reviewed cell carries its value, pinpoint citation, review state and note.
    expect(shared).toMatch(/New York\s+§ 5 \(Governing Law\), p\. 1\s+Review: verified: Check the choice of forum too\./);

    const csv = await client.call('exportGrid', [{ typeIds: ['governing-law'], format: 'csv' }]);
    // A byte-order mark first, so Excel reads "§" as UTF-8.
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(csv.bytes)).toMatch(/^document_title,.*Governing Law/);
    // The Word memo: a section per type, each contract's clause quoted with its citation.
    const memo = await client.call('exportGrid', [{ typeIds: ['governing-law'], documentIds: [alpha], format: 'docx' }]);
    expect(memo.fileName).toMatch(/\.docx$/);
    const body = await (await JSZip.loadAsync(memo.bytes)).file('word/document.xml')!.async('string');
    const words = body.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(words).toContain('Governing Law');
    expect(words).toContain('laws of the State of New York');
    await expect(client.call('getGridCell', [alpha, 'no-such-type'])).rejects.toMatchObject({ name: 'NotFoundError' });
  });
});
