/**
 * Titles, printed pages and kept citations in the window, over the real engine: the
 * library shows the contract's own title, its parties and the file name, can be renamed,
 * searched and sorted; cards and the context view cite printed pages; marked clauses
 * survive a reload. Screenshots of the library at both sizes go to artifacts/screenshots/.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyPages, makePrintedPagePdf } from '../../fixtures/printed-page-pdf';
import { screenshot, startApp, type AppHarness } from '../app-harness';

let app: AppHarness;
let numbered: string;

beforeAll(async () => {
  app = await startApp();
  numbered = path.join(app.dir, 'distribution.pdf');
  // Cover + two roman pages: body page 5 is PDF page 8.
  fs.writeFileSync(numbered, await makePrintedPagePdf({ unnumbered: 1, roman: 2, body: bodyPages(6) }));
  await app.page.getByTestId('add-paths-input').fill([app.contracts.msa, app.contracts.supply, numbered].join('\n'));
  await app.page.getByTestId('add-paths-submit').click();
  await app.page.locator('[data-testid=document-item]').nth(2).waitFor({ timeout: 60_000 });
}, 120_000);

afterAll(async () => {
  await app?.close();
});

const byTestId = (page: Page, id: string) => page.getByTestId(id);

async function search(page: Page, query: string): Promise<void> {
  await byTestId(page, 'search-input').fill(query);
  await byTestId(page, 'search-input').press('Enter');
  await page.locator('[data-testid=search-status][data-phase=done]').waitFor();
}

describe('titles, printed pages and kept citations', () => {
  it("shows the contract's own title with its parties, and the file name beneath", async () => {
    const { page } = app;
    const supply = page.locator('[data-testid=document-item]', { hasText: 'supply-agreement.pdf' });
    await expect(supply.getByTestId('document-title').textContent()).resolves.toBe('Supply Agreement — Corrigan Mills Ltd / Ostrander Foods plc');
    await expect(supply.getByTestId('document-file').textContent()).resolves.toBe('supply-agreement.pdf');
    await screenshot(page, 'library-1440x900');
    await page.setViewportSize({ width: 1024, height: 700 });
    await byTestId(page, 'library-toggle').click();
    await screenshot(page, 'library-1024x700');
    await page.keyboard.press('Escape');
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it('finds documents by title or file name and sorts them by name, date added or pages', async () => {
    const { page } = app;
    const titles = () => byTestId(page, 'document-title').allTextContents();
    await byTestId(page, 'library-filter').fill('corrigan');
    await expect.poll(titles).toEqual(['Supply Agreement — Corrigan Mills Ltd / Ostrander Foods plc']);
    await byTestId(page, 'library-filter').fill('distribution.pdf');
    await expect.poll(() => byTestId(page, 'document-item').count()).toBe(1);
    await byTestId(page, 'library-filter').fill('nothing like this');
    await byTestId(page, 'library-no-match').waitFor();
    await byTestId(page, 'library-filter').fill('');

    await byTestId(page, 'library-sort').selectOption('pages');
    const pages = await page.locator('[data-testid=document-item] .doc-meta').allTextContents();
    const counts = pages.map((t) => Number(/(\d+) pages?/.exec(t)?.[1]));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    await byTestId(page, 'library-sort').selectOption('added');
    await expect(byTestId(page, 'document-file').first().textContent()).resolves.toBe('distribution.pdf');
    await byTestId(page, 'library-sort').selectOption('name');
  });

  it('renames a document; the new name shows in the library and the document filter', async () => {
    const { page } = app;
    const item = page.locator('[data-testid=document-item]', { hasText: 'distribution.pdf' });
    await item.hover();
    await item.getByTestId('document-rename').click();
    await byTestId(page, 'document-rename-input').fill('Distribution Agreement (Acme)');
    await byTestId(page, 'document-rename-input').press('Enter');
    await expect.poll(() => item.getByTestId('document-title').textContent()).toBe('Distribution Agreement (Acme)');
    await expect(byTestId(page, 'document-filter').locator('option').allTextContents()).resolves.toContain('Distribution Agreement (Acme)');
  });

  it('cites the printed page beside the PDF position on the card and in the context view', async () => {
    const { page } = app;
    await search(page, 'insurance insurer');
    const card = byTestId(page, 'result-card').first();
    await expect(card.locator('.card-pages').textContent()).resolves.toBe('p. 5 [PDF p. 8]');
    await card.getByTestId('result-open').click();
    await expect(page.locator('.context-source').textContent()).resolves.toContain('p. 5 [PDF p. 8]');
    await expect(byTestId(page, 'contract-page-label').allTextContents()).resolves.toContain('Page 5 [PDF p. 8]');
    await byTestId(page, 'tab-page').click();
    await expect(byTestId(page, 'pdf-page-label').textContent()).resolves.toBe('Page 5 [PDF p. 8 of 9]');
  });

  it('keeps the clauses marked to cite, with their query, across a reload', async () => {
    const { page } = app;
    await search(page, 'flood');
    await byTestId(page, 'result-mark').first().check();
    await expect(byTestId(page, 'mark-count').textContent()).resolves.toBe('1');
    await page.reload();
    await expect.poll(() => byTestId(page, 'mark-count').textContent().catch(() => null)).toBe('1');
    await byTestId(page, 'open-export').click();
    await expect(byTestId(page, 'export-list').textContent()).resolves.toContain('Found by “flood”');
    await page.keyboard.press('Escape');
    // Unmarking removes it from the library too.
    await search(page, 'flood');
    await byTestId(page, 'result-mark').first().uncheck();
    await expect.poll(() => app.api.listCitedClauses()).toEqual([]);
  });

  it('threw and logged no error in the page along the way', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
