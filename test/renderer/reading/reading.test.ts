/**
 * Reading and moving around, over the real engine: the PDF page zooms (fit width, fit
 * page, + and −) and keeps the highlight in view; the search box has focus at start and
 * Ctrl+K, Ctrl+F and "/" bring it back; lexical mode says in the results what a plain
 * question needs; a new search clears a clause it does not list. Screenshots at both sizes.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, startApp, type AppHarness } from '../app-harness';

let app: AppHarness;

beforeAll(async () => {
  app = await startApp();
  await app.page.getByTestId('add-paths-input').fill([app.contracts.msa, app.contracts.supply].join('\n'));
  await app.page.getByTestId('add-paths-submit').click();
  await app.page.locator('[data-testid=document-item]').nth(1).waitFor({ timeout: 60_000 });
}, 120_000);

afterAll(async () => {
  await app?.close();
});

const byTestId = (page: Page, id: string) => page.getByTestId(id);
const focused = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid'));

async function search(page: Page, query: string): Promise<void> {
  await byTestId(page, 'search-input').fill(query);
  await byTestId(page, 'search-input').press('Enter');
  await page.locator('[data-testid=search-status][data-phase=done]').waitFor();
}

describe('reading the page and moving around', () => {
  it('focuses the search box at start and on Ctrl+K, Ctrl+F and /', async () => {
    const { page } = app;
    await page.reload();
    await expect.poll(() => focused(page)).toBe('search-input');
    for (const key of ['Control+k', 'Control+f', '/']) {
      await byTestId(page, 'open-button').focus();
      await page.keyboard.press(key);
      await expect(focused(page), key).resolves.toBe('search-input');
    }
  });

  for (const size of [
    { width: 1440, height: 900 },
    { width: 1024, height: 700 },
  ]) {
    it(`zooms the PDF page and keeps the highlight in view (${size.width}×${size.height})`, async () => {
      const { page } = app;
      await page.setViewportSize(size);
      await search(page, 'flood');
      await page.locator('[data-testid=result-card]', { hasText: 'Master Services Agreement' }).getByTestId('result-open').click();
      await byTestId(page, 'tab-page').click();
      await page.locator('[data-testid=pdf-page][data-rendered=true]').waitFor();
      const pageWidth = async () => (await byTestId(page, 'pdf-page').boundingBox())!.width;
      const fitWidth = await pageWidth();
      await expect(byTestId(page, 'zoom-level').textContent()).resolves.toBe('100 %');

      await byTestId(page, 'zoom-in').click();
      await byTestId(page, 'zoom-in').click();
      await expect(byTestId(page, 'zoom-level').textContent()).resolves.toBe('150 %');
      await expect.poll(pageWidth).toBeGreaterThan(fitWidth * 1.45);
      await page.locator('[data-testid=pdf-page][data-rendered=true]').waitFor();
      // The highlighted line is scrolled into the panel, and the window itself does not scroll sideways.
      const panel = (await page.locator('.tabpanel').boundingBox())!;
      const line = (await byTestId(page, 'pdf-highlight').first().boundingBox())!;
      expect(line.y).toBeGreaterThanOrEqual(panel.y - 1);
      expect(line.y + line.height).toBeLessThanOrEqual(panel.y + panel.height + 1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
      // Sharp: the canvas has the screen's pixel ratio times the drawn width.
      const ratio = await byTestId(page, 'pdf-canvas').evaluate((c: HTMLCanvasElement) => c.width / c.getBoundingClientRect().width);
      expect(ratio).toBeCloseTo(await page.evaluate(() => window.devicePixelRatio), 1);
      await screenshot(page, `pdf-zoomed-${size.width}x${size.height}`);

      await byTestId(page, 'zoom-fit-page').click();
      await expect.poll(async () => (await byTestId(page, 'pdf-page').boundingBox())!.height).toBeLessThanOrEqual(panel.height);
      await byTestId(page, 'zoom-out').click();
      await byTestId(page, 'zoom-fit-width').click();
      await expect.poll(pageWidth).toBeCloseTo(fitWidth, -1);
    });
  }

  it('says in the results, in plain words, that a question needs the models in lexical mode', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1440, height: 900 });
    await search(page, 'who owns the intellectual property');
    await expect(byTestId(page, 'lexical-hint').textContent()).resolves.toMatch(/only match your exact words.*add the models in Settings/);
    await screenshot(page, 'results-lexical-hint-1440x900');
    await search(page, 'flood');
    await expect(byTestId(page, 'lexical-hint').count()).resolves.toBe(0);
  });

  it('clears the context panel after a search that does not list its clause, and keeps it when it does', async () => {
    const { page } = app;
    await search(page, 'flood');
    await byTestId(page, 'result-open').first().click();
    const title = await byTestId(page, 'context-title').textContent();
    await search(page, 'flood storm');
    await expect(byTestId(page, 'context-title').textContent()).resolves.toBe(title);
    await search(page, 'governing law New York');
    await byTestId(page, 'context-empty').waitFor();
  });

  it('shows the settings at both sizes', async () => {
    const { page } = app;
    for (const size of [
      { width: 1440, height: 900 },
      { width: 1024, height: 700 },
    ]) {
      await page.setViewportSize(size);
      await byTestId(page, 'open-settings').click();
      await page.locator('dialog[open]').waitFor();
      await screenshot(page, `settings-${size.width}x${size.height}`);
      await page.keyboard.press('Escape');
    }
  });

  it('threw and logged no error in the page along the way', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
