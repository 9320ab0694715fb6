/**
 * Word files and scans in the desktop window over the real engine: a .docx and a scanned
 * PDF added in one batch; the scan is OCR'd and a hit in it is highlighted on its page
 * image (OCR word boxes); a Word clause has no PDF tab. Screenshot: 20-scan-hit-on-page.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { numberedContractDocx } from '../fixtures/docx-fixtures';
import { makeScannedPdf, SCANNED_CONTRACT_LINES } from '../fixtures/scan-fixtures';
import { screenshot, startApp, type AppHarness } from './app-harness';

let app: AppHarness;

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app?.close();
});

const byTestId = (page: Page, id: string) => page.getByTestId(id);

async function search(page: Page, query: string): Promise<void> {
  await byTestId(page, 'search-input').fill(query);
  await byTestId(page, 'search-input').press('Enter');
  await page.locator('[data-testid=search-status][data-phase=done], [data-testid=search-error]').waitFor();
}

describe('Word files and scans in the window', () => {
  it('adds a Word file and a scan in one batch and highlights a scan hit on its page image', async () => {
    const { page } = app;
    const folder = path.join(app.dir, 'batch');
    fs.mkdirSync(folder);
    const docx = path.join(folder, 'msa.docx');
    const scan = path.join(folder, 'scanned-supply.pdf');
    fs.writeFileSync(docx, await numberedContractDocx());
    fs.writeFileSync(scan, await makeScannedPdf({ pages: SCANNED_CONTRACT_LINES }));

    await byTestId(page, 'open-button').click();
    await byTestId(page, 'add-paths-input').fill([docx, scan].join('\n'));
    await byTestId(page, 'add-paths-submit').click();
    await byTestId(page, 'job-headline').filter({ hasText: '2 files added' }).waitFor({ timeout: 120_000 });
    await byTestId(page, 'job-dismiss').click();
    const notes = await byTestId(page, 'document-note').allTextContents();
    expect(notes).toEqual(expect.arrayContaining([expect.stringMatching(/^Read by OCR \(pages 1–2\), mean word confidence \d+ %\.$/)]));
    expect(notes.some((n) => /tracked changes that were not accepted/.test(n))).toBe(true);

    await search(page, 'flood earthquake');
    const card = page.locator('[data-testid=result-card]').first();
    await expect(card.textContent()).resolves.toMatch(/Neither party is liable/);
    await card.getByTestId('result-open').click();
    await byTestId(page, 'tab-page').click();
    await page.locator('[data-testid=pdf-page][data-rendered=true]').waitFor();
    const pageBox = await byTestId(page, 'pdf-page').boundingBox();
    const boxes = await byTestId(page, 'pdf-highlight').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
    // One box per OCR word of clause 2 ("Force Majeure ... control."), all on the page's upper part where it is drawn.
    expect(boxes.length).toBeGreaterThan(10);
    for (const box of boxes) {
      expect(box.width).toBeGreaterThan(0);
      expect(box.x).toBeGreaterThanOrEqual(pageBox!.x);
      expect(box.x + box.width).toBeLessThanOrEqual(pageBox!.x + pageBox!.width + 1);
      expect(box.y).toBeGreaterThan(pageBox!.y);
      expect(box.y).toBeLessThan(pageBox!.y + pageBox!.height * 0.4);
    }
    await screenshot(page, '20-scan-hit-on-page');

    await search(page, 'liability capped twelve months');
    const word = page.locator('[data-testid=result-card]').first();
    await expect(word.textContent()).resolves.toMatch(/Master Services Agreement/);
    await word.getByTestId('result-open').click();
    await expect.poll(() => byTestId(page, 'tab-page').isDisabled()).toBe(true);
    // The PDF tab was open for the scan; a Word clause shows in its text instead.
    await expect(byTestId(page, 'tab-contract').getAttribute('aria-selected')).resolves.toBe('true');
    await screenshot(page, '21-word-clause-in-context');
    expect(app.pageErrors).toEqual([]);
  });

  it('watches a folder: scans it at once, then picks up a file added to it', async () => {
    const { page } = app;
    const folder = path.join(app.dir, 'watched');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'lease.html'), '<p>1. Rent. The tenant pays the pelican rent monthly.</p>');
    const before = await byTestId(page, 'document-item').count();
    await byTestId(page, 'watch-input').fill(folder);
    await byTestId(page, 'watch-submit').click();
    await expect.poll(() => byTestId(page, 'document-item').count(), { timeout: 60_000 }).toBe(before + 1);
    await expect.poll(() => byTestId(page, 'watched-state').first().textContent(), { timeout: 60_000 }).toMatch(/^Up to date .*1 new/);

    fs.writeFileSync(path.join(folder, 'nda.txt'), 'NDA\n\n1. Secrets. The flamingo list stays confidential.\n');
    await expect.poll(() => byTestId(page, 'document-item').count(), { timeout: 60_000 }).toBe(before + 2);
    await search(page, 'flamingo confidential');
    await expect(page.locator('[data-testid=result-card]').first().textContent()).resolves.toMatch(/flamingo/);
    await screenshot(page, '22-watched-folder');
  });
});
