/**
 * The review grid in the window, in Chromium over the real engine (app-harness.ts): add
 * contracts, switch to Grid, watch it fill, open cells in the context panel, review by
 * keyboard, choose and add columns, save a set, export, and use a column as a search
 * scope. Screenshots go to artifacts/screenshots/.
 */
import fs from 'node:fs';
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
});
