/**
 * The review grid in the window, in Chromium over the real engine (app-harness.ts): add
 * contracts, switch to Grid, watch it fill, open cells in the context panel, review by
 * keyboard, choose and add columns, save a set, export, and use a column as a search
 * scope. Screenshots go to artifacts/screenshots/.
 */
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import JSZip from 'jszip';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { contractText } from '../main/engine/review/grid-fixtures';
import { screenshot, startApp, type AppHarness } from './app-harness';

let app: AppHarness;
const byTestId = (page: Page, id: string) => page.getByTestId(id);

/** Three plain-text contracts beside the harness's two PDFs: five rows, some with and some without each clause. */
function writeTextContracts(dir: string): string[] {
  const specs = [
    { title: 'Alpha Supply Agreement', partyA: 'Acme Widgets Inc.', partyB: 'Birch Retail LLC', date: 'May 8, 2014', governingLaw: 'New York', capOnLiability: true },
    { title: 'Beta Distribution Agreement', partyA: 'Cobalt Tools Ltd.', partyB: 'Delta Stores Inc.', date: 'June 3, 2019', governingLaw: 'Delaware', capOnLiability: false },
    { title: 'Gamma Service Agreement', partyA: 'Ember Labs Inc.', partyB: 'Fjord Media GmbH', date: 'January 15, 2021', governingLaw: null, capOnLiability: true },
  ];
  fs.mkdirSync(dir, { recursive: true });
  return specs.map((spec) => {
    const file = path.join(dir, `${spec.title.toLowerCase().replace(/ /g, '-')}.txt`);
    fs.writeFileSync(file, contractText(spec));
    return file;
  });
}

/** Scrolls the grid so a column is drawn (columns are virtualised: off-screen ones are not in the page). */
async function showColumn(page: Page, typeId: string): Promise<void> {
  const index = (await app.api.listClauseTypes()).filter((t) => !t.hidden).findIndex((t) => t.id === typeId);
  await byTestId(page, 'grid').evaluate((grid, i) => grid.scrollTo({ left: i * 200 }), index);
  await page.locator(`[data-testid=grid-column][data-type-id="${typeId}"]`).waitFor();
}

/** The active cell's document and column. */
async function activeCell(page: Page): Promise<{ documentId: number; typeId: string }> {
  const active = page.locator('[data-testid=grid-cell].is-active');
  const typeId = (await active.getAttribute('data-type-id'))!;
  const documentId = Number(await page.locator('[data-testid=grid-row]', { has: active }).getAttribute('data-document-id'));
  return { documentId, typeId };
}

async function fillDone(page: Page): Promise<void> {
  await page.locator('[data-testid=grid-fill][data-status=done]').waitFor({ timeout: 60_000 });
}

/** Pixels on the canvas darker than paper: a drawn page has thousands, a blank one none. */
function inkedPixels(page: Page): Promise<number> {
  return byTestId(page, 'pdf-canvas').evaluate((canvas: HTMLCanvasElement) => {
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 160 && data[i + 3]! > 0) inked++;
    return inked;
  });
}

/** The cell of a row (by title text) and a column (by type id). */
function cell(page: Page, rowTitle: RegExp, typeId: string) {
  return page.locator('[data-testid=grid-row]', { has: page.locator('[data-testid=grid-row-title]', { hasText: rowTitle }) }).locator(`[data-testid=grid-cell][data-type-id="${typeId}"]`);
}

beforeAll(async () => {
  app = await startApp();
  const { page, contracts } = app;
  const texts = writeTextContracts(path.join(app.dir, 'text-contracts'));
  await byTestId(page, 'add-paths-input').fill([contracts.msa, contracts.supply, ...texts].join('\n'));
  await byTestId(page, 'add-paths-submit').click();
  await byTestId(page, 'job-headline').filter({ hasText: '5 files added' }).waitFor();
});

afterAll(async () => {
  await app?.close();
});

beforeEach(async () => {
  await app.page.evaluate(() => document.querySelectorAll('dialog[open]').forEach((dialog) => (dialog as HTMLDialogElement).close()));
});

describe('review grid in the window', () => {
  it('fills contracts × clause types with progress, values and citations', async () => {
    const { page } = app;
    await byTestId(page, 'view-grid').click();
    await byTestId(page, 'grid').waitFor();
    await page.locator('[data-testid=grid-fill][data-status=done]').waitFor({ timeout: 60_000 });
    await expect(byTestId(page, 'grid-fill-text').textContent()).resolves.toBe('205 cells filled');
    await expect(byTestId(page, 'grid').getAttribute('aria-rowcount')).resolves.toBe('6');
    await expect(byTestId(page, 'grid').getAttribute('aria-colcount')).resolves.toBe('42');
    await screenshot(page, '10-grid-filled');
    await showColumn(page, 'governing-law');
    const law = cell(page, /alpha-supply/i, 'governing-law');
    await expect(law.getAttribute('data-state')).resolves.toBe('found');
    await expect(law.getByTestId('grid-cell-value').textContent()).resolves.toMatch(/New York/);
    await expect(cell(page, /gamma-service/i, 'governing-law').getAttribute('data-state')).resolves.toBe('absent');
    await expect(cell(page, /Master Services/i, 'governing-law').getByTestId('grid-cell-cite').textContent()).resolves.toMatch(/§ 5\.3 Governing Law · p\. 3/);
  });

  it('opens a cell beside the grid: its clause in the contract, on its PDF page highlighted, and why', async () => {
    const { page } = app;
    await cell(page, /Master Services/i, 'governing-law').click();
    await expect(byTestId(page, 'cell-title').textContent()).resolves.toBe('Governing Law');
    await expect(byTestId(page, 'cell-document').textContent()).resolves.toBe('Master Services Agreement');
    await expect(byTestId(page, 'cell-cite').textContent()).resolves.toMatch(/§ 5\.3 Governing Law, p\. 3/);
    await expect(byTestId(page, 'context-current-clause').first().textContent()).resolves.toMatch(/^5\.3 Governing Law/);
    await expect(byTestId(page, 'contract-text').textContent()).resolves.toMatch(/5\.2 Force Majeure[\s\S]*5\.3 Governing Law/);
    await screenshot(page, '11-grid-cell-open');

    await byTestId(page, 'cell-tab-page').click();
    await page.locator('[data-testid=pdf-page][data-rendered=true]').waitFor();
    await expect(byTestId(page, 'pdf-page-label').textContent()).resolves.toBe('Page 3 of 3');
    expect(await inkedPixels(page)).toBeGreaterThan(2000);
    expect(await byTestId(page, 'pdf-highlight').count()).toBeGreaterThanOrEqual(1);
    await screenshot(page, '12-grid-cell-pdf-page');

    await byTestId(page, 'cell-tab-why').click();
    await expect(byTestId(page, 'cell-request').textContent()).resolves.toMatch(/govern/i);
    const candidates = await byTestId(page, 'cell-candidate').allTextContents();
    expect(candidates[0]).toMatch(/^Chosen: § 5\.3 Governing Law, p\. 3/);
    await byTestId(page, 'cell-tab-contract').click();
  });

  it('reviews by keyboard: moves with the arrows, V verifies, F flags, N writes a note, U clears', async () => {
    const { page, api } = app;
    const start = cell(page, /alpha-supply/i, 'governing-law');
    await start.click();
    await expect(start.getAttribute('aria-selected')).resolves.toBe('true');
    await page.keyboard.press('ArrowRight');
    const right = await activeCell(page);
    expect(right.typeId).not.toBe('governing-law');
    // The open cell follows the keyboard.
    await expect(byTestId(page, 'cell-title').textContent()).resolves.not.toBe('Governing Law');
    await page.keyboard.press('ArrowLeft');
    const target = await activeCell(page);
    expect(target.typeId).toBe('governing-law');

    await page.keyboard.press('v');
    await expect.poll(() => start.getAttribute('data-review')).toBe('verified');
    await expect(api.getGridCell(target.documentId, 'governing-law')).resolves.toMatchObject({ review: { state: 'verified' } });
    await page.keyboard.press('f');
    await expect.poll(() => start.getAttribute('data-review')).toBe('flagged');
    await expect(byTestId(page, 'cell-review-flagged').getAttribute('aria-pressed')).resolves.toBe('true');

    await page.keyboard.press('n');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe('cell-note');
    await page.keyboard.type('The forum clause is missing.');
    await page.keyboard.press('Control+Enter');
    await expect.poll(async () => (await api.getGridCell(target.documentId, 'governing-law')).review.note).toBe('The forum clause is missing.');
    // The keyboard is back on the grid: the next key reviews the next cell.
    // The window gets focus back once the save's reply arrives, which can be after the engine has stored it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('grid');
    await expect((await api.getGridCell(target.documentId, 'governing-law')).review.state).toBe('flagged');
    await screenshot(page, '13-grid-review');

    await page.keyboard.press('ArrowDown');
    const below = await activeCell(page);
    expect(below.documentId).not.toBe(target.documentId);
    await page.keyboard.press('v');
    await expect.poll(async () => (await api.getGridCell(below.documentId, 'governing-law')).review.state).toBe('verified');
    await page.keyboard.press('u');
    await expect.poll(async () => (await api.getGridCell(below.documentId, 'governing-law')).review.state).toBe('unreviewed');
    // Escape closes the panel, the grid keeps the keyboard.
    await page.keyboard.press('Escape');
    await byTestId(page, 'cell-panel').waitFor({ state: 'detached' });
  });

  it('hides a column, adds one of your own, edits it, and saves a column set', async () => {
    const { page, api } = app;
    await byTestId(page, 'grid-columns').click();
    await byTestId(page, 'column-filter').fill('change of control');
    const item = page.locator('[data-testid=column-item][data-type-id=change-of-control]');
    await item.getByTestId('column-shown').uncheck();
    await expect.poll(() => byTestId(page, 'grid').getAttribute('aria-colcount')).toBe('41');
    expect((await api.listClauseTypes()).find((t) => t.id === 'change-of-control')?.hidden).toBe(true);

    await byTestId(page, 'column-add-form').getByTestId('column-name').fill('Data breach notification');
    await byTestId(page, 'column-add-form').getByTestId('column-question').fill('Must a party notify the other of a data breach or security incident?');
    await byTestId(page, 'column-add-form').getByTestId('column-save').click();
    await byTestId(page, 'column-message').filter({ hasText: 'Added the column “Data breach notification”.' }).waitFor();
    await expect.poll(() => byTestId(page, 'grid').getAttribute('aria-colcount')).toBe('42');
    const own = (await api.listClauseTypes()).find((t) => t.name === 'Data breach notification')!;
    expect(own.builtIn).toBe(false);

    await byTestId(page, 'column-filter').fill('breach');
    await page.locator(`[data-testid=column-item][data-type-id="${own.id}"]`).getByTestId('column-edit').click();
    await byTestId(page, 'column-edit-form').getByTestId('column-name').fill('Breach notice');
    await byTestId(page, 'column-edit-form').getByTestId('column-save').click();
    await expect.poll(async () => (await api.listClauseTypes()).find((t) => t.id === own.id)?.name).toBe('Breach notice');

    // A set from scratch: save, untick all, tick three, save again.
    await byTestId(page, 'column-filter').fill('');
    await byTestId(page, 'column-set-name').fill('NDA review');
    await byTestId(page, 'column-set-save').click();
    await byTestId(page, 'column-message').filter({ hasText: 'Saved the set “NDA review”.' }).waitFor();
    await byTestId(page, 'column-untick-all').click();
    for (const id of ['governing-law', 'non-compete', own.id]) await page.locator(`[data-testid=column-item][data-type-id="${id}"]`).getByTestId('column-shown').check();
    await byTestId(page, 'column-set-update').click();
    await expect.poll(async () => (await api.listColumnSets()).find((s) => s.name === 'NDA review')?.typeIds).toEqual(['governing-law', 'non-compete', own.id]);
    await screenshot(page, '14-grid-columns');
    await page.keyboard.press('Escape');

    await expect(byTestId(page, 'grid').getAttribute('aria-colcount')).resolves.toBe('4');
    await expect(byTestId(page, 'grid-column-name').allTextContents()).resolves.toEqual(['Governing Law', 'Non-Compete', 'Breach notice']);
    await expect.poll(() => byTestId(page, 'grid-fill-text').textContent(), { timeout: 60_000 }).toBe('15 cells filled');
    await expect(page.locator(`[data-testid=grid-cell][data-type-id="${own.id}"]`).count()).resolves.toBe(5);
    await byTestId(page, 'grid-set').selectOption({ label: 'All columns' });
    await expect.poll(() => byTestId(page, 'grid').getAttribute('aria-colcount')).toBe('42');
    await byTestId(page, 'grid-set').selectOption({ label: 'NDA review' });
    await expect.poll(() => byTestId(page, 'grid').getAttribute('aria-colcount')).toBe('4');
  });

  it('exports the grid on screen to Excel and CSV with citations and review states', async () => {
    const { page } = app;
    await fillDone(page);
    const [download] = await Promise.all([page.waitForEvent('download'), byTestId(page, 'grid-export-xlsx').click()]);
    expect(download.suggestedFilename()).toMatch(/^review-grid-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const zip = await JSZip.loadAsync(await fsp.readFile((await download.path())!));
    const strings = await zip.file('xl/sharedStrings.xml')!.async('string');
    expect(strings).toContain('Breach notice');
    expect(strings).toContain('Non-Compete');
    expect(strings).not.toContain('Anti-Assignment');
    expect(strings).toMatch(/§ 5\.3 \(Governing Law\), p\. 3/);
    expect(strings).toContain('flagged: The forum clause is missing.');
    await byTestId(page, 'grid-export-outcome').filter({ hasText: '.xlsx' }).waitFor();

    const [csv] = await Promise.all([page.waitForEvent('download'), byTestId(page, 'grid-export-csv').click()]);
    const text = (await fsp.readFile((await csv.path())!, 'utf8')).replace(/^\uFEFF/, '');
    expect(text.split('\n')[0]).toMatch(/Governing Law.*Non-Compete.*Breach notice/);
  });

  it('says so when the contract changed under a review', async () => {
    const { page, api } = app;
    const file = path.join(app.dir, 'text-contracts', 'alpha-supply-agreement.txt');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('laws of the State of New York', 'laws of the State of New Jersey'));
    await byTestId(page, 'add-paths-input').fill(file);
    await byTestId(page, 'add-paths-submit').click();
    const law = cell(page, /alpha-supply/i, 'governing-law');
    await expect.poll(() => law.getByTestId('grid-cell-value').textContent(), { timeout: 60_000 }).toMatch(/New Jersey/);
    // The review and its note survive the new version, marked as made on the old clause.
    await expect(law.getAttribute('data-review')).resolves.toBe('flagged');
    await law.getByTestId('grid-stale').waitFor();
    await law.click();
    await byTestId(page, 'cell-stale').waitFor();
    await expect(byTestId(page, 'cell-note').inputValue()).resolves.toBe('The forum clause is missing.');
    // Verifying it again is a review of the clause as it is now.
    await byTestId(page, 'cell-review-verified').click();
    await law.getByTestId('grid-stale').waitFor({ state: 'detached' });
    const alpha = (await api.listDocuments()).find((d) => d.path === file)!;
    await expect(api.getGridCell(alpha.id, 'governing-law')).resolves.toMatchObject({ review: { state: 'verified', stale: false } });
    await byTestId(page, 'cell-close').click();
  });

  it('searches only the documents where a clause type is found', async () => {
    const { page, api } = app;
    const found = await api.documentsWhereFound('governing-law');
    expect(found.length).toBeGreaterThan(0);
    const all = (await api.listDocuments()).map((d) => d.id);
    expect(found.length).toBeLessThan(all.length);
    const header = page.locator('[data-testid=grid-column][data-type-id=governing-law]');
    await header.getByTestId('grid-column-menu').click();
    await header.getByTestId('grid-column-search').click();
    await byTestId(page, 'search-scope').waitFor();
    await expect(byTestId(page, 'view-search').getAttribute('aria-selected')).resolves.toBe('true');
    await expect(byTestId(page, 'search-scope').textContent()).resolves.toContain(`Searching only the ${found.length} documents where Governing Law is found.`);

    await byTestId(page, 'search-input').fill('agreement');
    await byTestId(page, 'search-input').press('Enter');
    await page.locator('[data-testid=search-status][data-phase=done]').waitFor();
    const searched = app.bridge.calls.filter((c) => c.method === 'search').at(-1)!.args[0] as { documentIds?: number[] };
    expect(searched.documentIds?.sort()).toEqual([...found].sort());
    await screenshot(page, '15-search-scope');
    await byTestId(page, 'search-scope').getByRole('button', { name: 'Dismiss' }).click();
    await byTestId(page, 'search-input').press('Enter');
    await page.locator('[data-testid=search-status][data-phase=done]').waitFor();
    expect((app.bridge.calls.filter((c) => c.method === 'search').at(-1)!.args[0] as { documentIds?: number[] }).documentIds).toBeUndefined();
  });

  it('fits a 1024×700 window: the grid scrolls inside its own area, with a cell open', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1024, height: 700 });
    await byTestId(page, 'view-grid').click();
    await byTestId(page, 'grid-set').selectOption({ label: 'All columns' });
    await expect.poll(() => byTestId(page, 'grid-fill-text').textContent(), { timeout: 60_000 }).toBe('205 cells filled');
    await cell(page, /alpha-supply/i, 'document-name').click();
    await byTestId(page, 'cell-panel').waitFor();
    const sizes = await page.evaluate(() => {
      const grid = document.querySelector<HTMLElement>('[data-testid=grid]')!;
      const view = document.querySelector<HTMLElement>('[data-testid=grid-view]')!.getBoundingClientRect();
      const panel = document.querySelector<HTMLElement>('[data-testid=cell-panel]')!.getBoundingClientRect();
      return {
        page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        viewRight: view.right,
        panelRight: panel.right,
        gridWidth: grid.clientWidth,
        gridScrolls: grid.scrollWidth > grid.clientWidth,
      };
    });
    expect(sizes.page).toBe(0);
    expect(sizes.viewRight).toBeLessThanOrEqual(1024);
    expect(sizes.panelRight).toBeLessThanOrEqual(1024);
    expect(sizes.gridWidth).toBeGreaterThan(300);
    expect(sizes.gridScrolls).toBe(true);
    await screenshot(page, '16-grid-1024x700');
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it('threw and logged no error in the page along the way', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
