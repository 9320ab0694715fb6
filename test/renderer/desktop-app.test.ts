/**
 * The desktop app's window end to end, in Chromium, over the real engine in a worker
 * (see app-harness.ts and bridge/). The tests run in order on one window, as a user
 * would: add contracts, search, read a clause in context and on its page, cite, export,
 * then the bad paths and models. Screenshots of each screen go to artifacts/screenshots/.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tinyModels } from '../helpers/tiny-models';
import { screenshot, startApp, type AppHarness } from './app-harness';
import { writeContractFolder } from './contracts';

let app: AppHarness;

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app?.close();
});

// A test that failed with a dialog open must not leave the next one behind a modal.
beforeEach(async () => {
  await app.page.evaluate(() => document.querySelectorAll('dialog[open]').forEach((dialog) => (dialog as HTMLDialogElement).close()));
});

const byTestId = (page: Page, id: string) => page.getByTestId(id);

/** Types a query, presses Enter, and waits until the search has finished or failed. */
async function search(page: Page, query: string): Promise<void> {
  await byTestId(page, 'search-input').fill(query);
  await byTestId(page, 'search-input').press('Enter');
  await page.locator('[data-testid=search-status][data-phase=done], [data-testid=search-error]').waitFor();
}

async function cardTitles(page: Page): Promise<string[]> {
  return byTestId(page, 'result-title').allTextContents();
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

describe('Clause Search window over the real engine', () => {
  it('adds contracts with progress, names the files that failed and why, and accepts dropped files', async () => {
    const { page, contracts } = app;
    await expect(byTestId(page, 'library-empty').textContent()).resolves.toContain('Drop contracts here or click Open…');
    await expect(byTestId(page, 'models-notice').textContent()).resolves.toContain('Lexical search only — add models in Settings');
    await screenshot(page, '00-empty-library');

    // Without a native dialog, Open… leads to the path field.
    await byTestId(page, 'open-button').click();
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe('add-paths-input');
    await byTestId(page, 'add-paths-input').fill([contracts.msa, contracts.scan, contracts.locked].join('\n'));
    await byTestId(page, 'add-paths-submit').click();

    await byTestId(page, 'job-progress').waitFor();
    await byTestId(page, 'job-headline').filter({ hasText: '1 file added, 2 failed' }).waitFor();
    await expect(byTestId(page, 'job-progress').getAttribute('aria-valuenow')).resolves.toBe('100');
    await expect(byTestId(page, 'job-file').count()).resolves.toBe(3);
    const fileErrors = await byTestId(page, 'job-file-error').allTextContents();
    expect(fileErrors.some((e) => /no text layer.*scan.*OCR/i.test(e))).toBe(true);
    expect(fileErrors.some((e) => /password/i.test(e))).toBe(true);
    await byTestId(page, 'job-dismiss').click();

    // A drop in the app gives File objects whose paths the preload resolves; stand in for it.
    await page.evaluate((file) => {
      (window as unknown as { clauseSearch: { pathsForFiles(files: File[]): string[] } }).clauseSearch.pathsForFiles = () => [file];
    }, contracts.supply);
    const dataTransfer = await page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['%PDF-1.7'], 'supply-agreement.pdf', { type: 'application/pdf' }));
      return transfer;
    });
    await byTestId(page, 'dropzone').dispatchEvent('dragover', { dataTransfer });
    await byTestId(page, 'dropzone').dispatchEvent('drop', { dataTransfer });
    await byTestId(page, 'job-headline').filter({ hasText: '1 file added' }).waitFor();

    const items = byTestId(page, 'document-item');
    await expect.poll(() => items.count()).toBe(4);
    await expect(byTestId(page, 'document-status').allTextContents()).resolves.toEqual(['Searchable', 'Searchable', 'Failed', 'Failed']);
    const reasons = await byTestId(page, 'document-error').allTextContents();
    expect(reasons.join(' ')).toMatch(/no text layer and its scan could not be read by OCR/);
    await expect(items.first().textContent()).resolves.toMatch(/3 pages · \d+ clauses/);
    await screenshot(page, '01-library');
  });

  it('ranks clauses from both contracts, moves through them by keyboard, filters by document', async () => {
    const { page } = app;
    await search(page, 'flood');
    const titles = await cardTitles(page);
    expect(titles.length).toBe(2);
    expect(titles.join(' ')).toMatch(/5\.2 Force Majeure/);
    await expect(byTestId(page, 'search-status').textContent()).resolves.toMatch(/2 clauses · exact words/);

    // ↓ from the query box into the list, ↓ to the second card, Enter opens it, ↑↑ returns to the box.
    await byTestId(page, 'search-input').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(byTestId(page, 'context-title').textContent()).resolves.toBe(titles[1]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect(byTestId(page, 'context-title').textContent()).resolves.toBe(titles[0]);
    await page.keyboard.press('ArrowUp');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe('search-input');

    // The filter narrows the search to one contract.
    await byTestId(page, 'document-filter').selectOption({ label: 'Supply Agreement' });
    await search(page, 'flood');
    await expect(page.locator('[data-testid=result-card] .card-doc').allTextContents()).resolves.toEqual(['Supply Agreement']);
    await byTestId(page, 'document-filter').selectOption({ label: 'All documents' });
  });

  it("marks exactly the query's words in every card (the engine's match spans)", async () => {
    const { page } = app;
    await search(page, 'flood');
    const cards = byTestId(page, 'result-card');
    for (let i = 0; i < (await cards.count()); i++) {
      const marked = await cards.nth(i).getByTestId('match').allTextContents();
      expect(marked.length, `card ${i + 1}`).toBeGreaterThanOrEqual(1);
      for (const word of marked) expect(word.toLowerCase(), `card ${i + 1}`).toMatch(/^flood/);
    }
  });

  it('shows the chosen clause inside its contract and on its PDF page, highlighted, with its trace', async () => {
    const { page } = app;
    await search(page, 'flood');
    const card = page.locator('[data-testid=result-card]', { hasText: 'Master Services Agreement' });
    await card.getByTestId('result-open').click();

    const current = byTestId(page, 'context-current-clause');
    await expect(current.first().textContent()).resolves.toMatch(/^5\.2 Force Majeure/);
    await expect(current.first().locator('mark').first().textContent()).resolves.toBe('flood');
    // The neighbours are there too: the clause before and after.
    await expect(byTestId(page, 'contract-text').textContent()).resolves.toMatch(/5\.1 Term[\s\S]*5\.2 Force Majeure[\s\S]*5\.3 Governing Law/);
    await screenshot(page, '02-results-and-contract');

    await byTestId(page, 'tab-page').click();
    await page.locator('[data-testid=pdf-page][data-rendered=true]').waitFor();
    await expect(byTestId(page, 'pdf-page-label').textContent()).resolves.toBe('Page 3 of 3');
    expect(await inkedPixels(page)).toBeGreaterThan(2000);
    const page3 = await byTestId(page, 'pdf-page').boundingBox();
    const boxes = await byTestId(page, 'pdf-highlight').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
    // Three lines of clause 5.2, each inside the page and below the running header.
    expect(boxes.length).toBe(3);
    for (const box of boxes) {
      expect(box.width).toBeGreaterThan(50);
      expect(box.x).toBeGreaterThanOrEqual(page3!.x);
      expect(box.x + box.width).toBeLessThanOrEqual(page3!.x + page3!.width + 1);
      expect(box.y).toBeGreaterThan(page3!.y + page3!.height * 0.1);
    }
    await screenshot(page, '03-context-pdf-page');

    await byTestId(page, 'tab-why').click();
    const rows = await byTestId(page, 'why-row').allTextContents();
    expect(rows[0]).toMatch(/Word match \(BM25\)#\d/);
    await screenshot(page, '04-why-this-result');
  });

  it('cites two clauses and exports them as DOCX with pinpoint citations and the query; copies them as text', async () => {
    const { page } = app;
    await search(page, 'flood');
    const marks = byTestId(page, 'result-mark');
    await marks.nth(0).check();
    await marks.nth(1).check();
    await expect(byTestId(page, 'mark-count').textContent()).resolves.toBe('2');

    await byTestId(page, 'open-export').click();
    await expect.poll(() => byTestId(page, 'export-item').count()).toBe(2);
    await expect(byTestId(page, 'export-list').textContent()).resolves.toContain('Found by “flood”');
    await screenshot(page, '05-export');

    const [download] = await Promise.all([page.waitForEvent('download'), byTestId(page, 'export-docx').click()]);
    expect(download.suggestedFilename()).toMatch(/^cited-clauses-\d{4}-\d{2}-\d{2}\.docx$/);
    const zip = await JSZip.loadAsync(await fs.readFile((await download.path())!));
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = xml.replace(/<w:tab\/>/g, ' ').replace(/<[^>]+>/g, '');
    expect(text).toContain('Master Services Agreement, § 5.2 (Force Majeure), p. 3');
    expect(text).toMatch(/Supply Agreement, § 4\.1[^,]*, p\. 2/);
    expect(text).toContain('flood');
    await expect(byTestId(page, 'export-outcome').textContent()).resolves.toContain('.docx');

    await byTestId(page, 'export-copy').click();
    await byTestId(page, 'export-outcome').filter({ hasText: 'Copied 2 clauses' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('Master Services Agreement, § 5.2 (Force Majeure), p. 3');
    expect(copied).toContain('Query: flood');
    await page.keyboard.press('Escape');
    await byTestId(page, 'export-dialog').waitFor({ state: 'detached' });
  });

  it('answers a query full of FTS5 syntax with results or a sentence, and ignores a stale reply', async () => {
    const { page, bridge } = app;
    await search(page, 'NEAR( "unbalanced AND *');
    const error = byTestId(page, 'search-error');
    if (await error.count()) expect(await error.textContent()).toMatch(/^[A-Z][^\n]*\.$/);
    else await expect(byTestId(page, 'search-status').textContent()).resolves.toMatch(/\d+ clauses?/);
    await expect(page.locator('body').textContent()).resolves.not.toMatch(/fts5|syntax error/i);

    // The older query's reply comes back last; the newer query's list must stay.
    bridge.setHold((method, args) => (method === 'search' && (args[0] as { query: string }).query === 'flood' ? 1200 : 0));
    await byTestId(page, 'search-input').fill('flood');
    await byTestId(page, 'search-input').press('Enter');
    await search(page, 'late payments interest');
    await page.waitForTimeout(1500);
    bridge.setHold(null);
    const titles = await cardTitles(page);
    expect(titles[0]).toMatch(/3\.2/);
    expect(titles.join(' ')).not.toMatch(/Force Majeure/i);
  });

  it('shows settings with the device and the database, and keeps a change', async () => {
    const { page, databasePath } = app;
    await byTestId(page, 'open-settings').click();
    await expect(byTestId(page, 'setting-topK').inputValue()).resolves.toBe('10');
    await expect(byTestId(page, 'settings-device').textContent()).resolves.toMatch(/no models/i);
    await expect(byTestId(page, 'settings-database').textContent()).resolves.toBe(databasePath);
    await screenshot(page, '06-settings');
    await byTestId(page, 'setting-topK').fill('1');
    await byTestId(page, 'settings-save').click();
    await byTestId(page, 'settings-message').filter({ hasText: 'Saved.' }).waitFor();
    await page.keyboard.press('Escape');
    await search(page, 'flood');
    expect(await cardTitles(page)).toHaveLength(1);
    await expect(app.api.getSettings()).resolves.toMatchObject({ topK: 1 });
    await app.api.updateSettings({ topK: 10 });
  });

  it('says so when the engine restarts, and goes on working', async () => {
    const { page, client } = app;
    await client.terminateWorker();
    await byTestId(page, 'engine-restarted').waitFor();
    await expect(byTestId(page, 'engine-restarted').textContent()).resolves.toMatch(/restarted.*run your search again/);
    await search(page, 'flood');
    await expect(cardTitles(page)).resolves.toHaveLength(2);

    // A failed document can be removed from the library.
    const locked = page.locator('[data-testid=document-item]', { hasText: 'locked-nda' });
    await locked.hover();
    await locked.getByTestId('document-remove').click();
    await expect.poll(() => byTestId(page, 'document-item').count()).toBe(3);
  });

  it('with models: embeds, shows the stage-1 list while re-ranking, then the re-ranked list and its trace', async () => {
    const { page, bridge } = app;
    const models = await tinyModels();
    await byTestId(page, 'open-settings').click();
    await byTestId(page, 'setting-modelsDir').fill(path.dirname(models.biEncoderDir));
    await byTestId(page, 'settings-save').click();
    await byTestId(page, 'settings-message').filter({ hasText: 'Saved.' }).waitFor();
    await expect(byTestId(page, 'settings-semantic').textContent()).resolves.toBe('On');
    await expect(byTestId(page, 'settings-rerank').textContent()).resolves.toBe('On');
    await expect(byTestId(page, 'settings-device').textContent()).resolves.toMatch(/cpu/i);
    await page.keyboard.press('Escape');
    await byTestId(page, 'models-notice').waitFor({ state: 'detached' });
    // Embedding runs in the background; every ready document ends up fully searchable.
    await expect.poll(() => page.locator('[data-testid=document-status]', { hasText: 'Searchable' }).count(), { timeout: 30_000 }).toBe(2);

    // Hold the final reply so the stage-1 list is certainly shown first.
    bridge.setHold((method) => (method === 'search' ? 1500 : 0));
    await byTestId(page, 'search-input').fill('natural disaster flood');
    await byTestId(page, 'search-input').press('Enter');
    await page.locator('[data-testid=search-status][data-phase=reranking]').waitFor();
    await expect(byTestId(page, 'search-status').textContent()).resolves.toContain('Re-ranking…');
    expect(await byTestId(page, 'result-card').count()).toBeGreaterThan(0);
    await screenshot(page, '07-reranking');
    await page.locator('[data-testid=search-status][data-phase=done]').waitFor();
    bridge.setHold(null);
    await expect(byTestId(page, 'search-status').textContent()).resolves.toContain('re-ranked');

    await byTestId(page, 'result-open').first().click();
    await byTestId(page, 'tab-why').click();
    const rows = await byTestId(page, 'why-row').allTextContents();
    expect(rows.join('\n')).toMatch(/Meaning match \(bi-encoder\)/);
    const rerank = rows.find((row) => row.startsWith('Re-rank (cross-encoder)'));
    expect(rerank).toMatch(/^Re-rank \(cross-encoder\)#1\s*[01]\.\d{3}/);
    await byTestId(page, 'why-window').waitFor();
    await screenshot(page, '08-why-reranked');
  });

  it('cancels an import part-way; what was read stays, the rest is not added', async () => {
    const { page } = app;
    const folder = await writeContractFolder(path.join(app.dir, 'many'), 60);
    await byTestId(page, 'add-paths-input').fill(folder);
    await byTestId(page, 'add-paths-submit').click();
    const job = page.locator('[data-testid=job]', { hasText: 'services-agreement-' });
    await job.getByTestId('job-file').first().waitFor();
    await job.getByTestId('job-cancel').click();
    await job.getByTestId('job-headline').filter({ hasText: 'Cancelled' }).waitFor();
    const documents = await app.api.listDocuments();
    expect(documents.filter((d) => d.title.startsWith('Services Agreement')).length).toBeLessThan(60);
  });

  it('threw and logged no error in the page along the way', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
