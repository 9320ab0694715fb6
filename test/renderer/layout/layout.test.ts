/**
 * The window at laptop and desktop sizes (1024×700 and 1440×900): nothing wider than the
 * window, the library folds into a drawer below 1,200 px, its header, Open… and Add by
 * path stay in view while the list scrolls, and the context panel can be resized.
 * Screenshots of each size go to artifacts/screenshots/.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { screenshot, startApp, type AppHarness } from '../app-harness';
import { writeContractFolder } from '../contracts';

let app: AppHarness;

beforeAll(async () => {
  app = await startApp();
  // Two real contracts and a dozen more, so the library list is longer than the window.
  const folder = await writeContractFolder(path.join(app.dir, 'many'), 12);
  await app.page.getByTestId('add-paths-input').fill([app.contracts.msa, app.contracts.supply, folder].join('\n'));
  await app.page.getByTestId('add-paths-submit').click();
  await app.page.locator('[data-testid=document-item]').nth(13).waitFor({ timeout: 60_000 });
}, 120_000);

afterAll(async () => {
  await app?.close();
});

const byTestId = (page: Page, id: string) => page.getByTestId(id);

// A test that failed with the drawer open must not leave the next one behind it.
beforeEach(async () => {
  const toggle = byTestId(app.page, 'library-toggle');
  if ((await toggle.count()) && (await toggle.getAttribute('aria-expanded')) === 'true') await toggle.click();
});

/** The toolbar's controls side by side, none over another (a squeezed search bar once slid under the buttons). */
function toolbarOverlaps(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const controls = Array.from(document.querySelectorAll<HTMLElement>('.toolbar > *, .toolbar .searchbar > *, .toolbar-actions > *'));
    const boxes = controls.filter((el) => el.getBoundingClientRect().width > 0 && !el.matches('.searchbar, .toolbar-actions'));
    const overlaps: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!.getBoundingClientRect();
        const b = boxes[j]!.getBoundingClientRect();
        if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom && b.top < a.bottom) overlaps.push(`${boxes[i]!.className} × ${boxes[j]!.className}`);
      }
    return overlaps;
  });
}

async function search(page: Page, query: string): Promise<void> {
  await byTestId(page, 'search-input').fill(query);
  await byTestId(page, 'search-input').press('Enter');
  await page.locator('[data-testid=search-status][data-phase=done]').waitFor();
}

/** How far the page, or any visible element, reaches past the window's right edge (0 = fits). */
function horizontalOverflow(page: Page): Promise<{ page: number; body: number; elements: string[] }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const elements: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (box.width === 0 || style.visibility === 'hidden') continue;
      // A folded drawer is moved off-screen to the left on purpose.
      if (el.closest('.is-folded')) continue;
      if (box.right > width + 1) elements.push(`${el.tagName.toLowerCase()}.${el.className} right=${Math.round(box.right)}`);
    }
    return { page: root.scrollWidth - root.clientWidth, body: document.body.scrollWidth - document.body.clientWidth, elements: elements.slice(0, 5) };
  });
}

/** Whether an element lies wholly inside the window. */
async function inWindow(page: Page, testId: string): Promise<boolean> {
  const box = await byTestId(page, testId).first().boundingBox();
  const size = page.viewportSize()!;
  return !!box && box.x >= 0 && box.y >= 0 && box.x + box.width <= size.width + 0.5 && box.y + box.height <= size.height + 0.5;
}

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
];

describe('layout at laptop and desktop sizes', () => {
  for (const size of SIZES) {
    it(`fits ${size.width}×${size.height} with results and an open clause, every control in view`, async () => {
      const { page } = app;
      await page.setViewportSize(size);
      await search(page, 'flood');
      await byTestId(page, 'result-open').first().click();
      await byTestId(page, 'context-title').waitFor();
      await screenshot(page, `layout-${size.width}x${size.height}-results`);
      // The layout follows the window's size a frame later.
      await expect.poll(() => toolbarOverlaps(page)).toEqual([]);
      expect(await horizontalOverflow(page)).toEqual({ page: 0, body: 0, elements: [] });
      expect(await byTestId(page, 'search-input').evaluate((el) => el.getBoundingClientRect().width)).toBeGreaterThan(150);
      for (const id of ['open-settings', 'open-export', 'search-input', 'result-mark', 'context-mark', 'tab-why', 'view-search'])
        expect(await inWindow(page, id), id).toBe(true);
      await expect(page.locator('.brand').isVisible()).resolves.toBe(true);
      // The view fills the width beside the library: the context panel reaches the window's right edge.
      const context = (await byTestId(page, 'context-panel').boundingBox())!;
      expect(context.x + context.width).toBeGreaterThan(size.width - 2);
      const results = (await byTestId(page, 'results-pane').boundingBox())!;
      expect(results.width).toBeGreaterThan(300);
    });
  }

  it('at 1440 px shows the library as a column; at 1024 px folds it into a drawer', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1440, height: 900 });
    await expect.poll(() => byTestId(page, 'library-toggle').count()).toBe(0);
    expect(await inWindow(page, 'open-button')).toBe(true);

    await page.setViewportSize({ width: 1024, height: 700 });
    await byTestId(page, 'library-toggle').waitFor();
    await expect(byTestId(page, 'library-panel').isVisible()).resolves.toBe(false);
    await byTestId(page, 'library-toggle').click();
    await expect(byTestId(page, 'library-panel').isVisible()).resolves.toBe(true);
    await expect(byTestId(page, 'library-toggle').getAttribute('aria-expanded')).resolves.toBe('true');
    await expect.poll(() => inWindow(page, 'library-panel')).toBe(true);
    expect(await horizontalOverflow(page)).toEqual({ page: 0, body: 0, elements: [] });
    await screenshot(page, 'layout-1024x700-library-drawer');
    // Escape closes the drawer, as does a click beside it.
    await byTestId(page, 'open-button').focus();
    await page.keyboard.press('Escape');
    await expect(byTestId(page, 'library-panel').isVisible()).resolves.toBe(false);
    await byTestId(page, 'library-toggle').click();
    await byTestId(page, 'library-backdrop').click({ position: { x: 900, y: 300 } });
    await expect(byTestId(page, 'library-panel').isVisible()).resolves.toBe(false);
  });

  for (const size of SIZES) {
    it(`keeps the library header, Open… and Add by path in view while the list scrolls (${size.width}×${size.height})`, async () => {
      const { page } = app;
      await page.setViewportSize(size);
      if (size.width < 1200) await byTestId(page, 'library-toggle').click();
      const scroller = byTestId(page, 'library-scroll');
      const overflow = await scroller.evaluate((el) => el.scrollHeight - el.clientHeight);
      expect(overflow).toBeGreaterThan(0);
      await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight));
      await expect(scroller.evaluate((el) => el.scrollTop)).resolves.toBeGreaterThan(0);
      for (const id of ['open-button', 'add-paths-input', 'add-paths-submit']) await expect.poll(() => inWindow(page, id).then((inside) => (inside ? id : `${id} outside the window`))).toBe(id);
      await expect(page.evaluate(() => document.documentElement.scrollTop)).resolves.toBe(0);
      if (size.width < 1200) await page.keyboard.press('Escape');
    });
  }

  it('resizes the context panel with the splitter, by keyboard and by dragging', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1024, height: 700 });
    const width = () => byTestId(page, 'context-panel').evaluate((el) => el.getBoundingClientRect().width);
    const before = await width();
    await byTestId(page, 'splitter').focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    const wider = await width();
    expect(wider).toBeGreaterThan(before + 40);
    const handle = (await byTestId(page, 'splitter').boundingBox())!;
    await page.mouse.move(handle.x + 3, handle.y + 200);
    await page.mouse.down();
    await page.mouse.move(handle.x + 250, handle.y + 200, { steps: 5 });
    await page.mouse.up();
    expect(await width()).toBeLessThan(wider - 150);
    expect(await horizontalOverflow(page)).toEqual({ page: 0, body: 0, elements: [] });
  });

  it('threw and logged no error in the page along the way', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
