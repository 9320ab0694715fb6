/**
 * The History view in Chromium over the real engine (see app-harness.ts): what was added
 * and removed appears with its time, the history downloads as CSV, and reclaiming space
 * reports the file's size before and after.
 */
import fs from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, startApp, type AppHarness } from './app-harness';

let app: AppHarness;

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app?.close();
});

const byTestId = (page: Page, id: string) => page.getByTestId(id);

async function waitForJob(jobId: string): Promise<void> {
  await new Promise<void>((resolve) => {
    const off = app.api.onEvent((event) => {
      if (event.type === 'job-done' && event.jobId === jobId) {
        off();
        resolve();
      }
    });
  });
}

describe('History view', () => {
  it('lists additions and removals, exports them as CSV and reclaims space', async () => {
    const { page, contracts } = app;
    const { jobId } = await app.api.addPaths([contracts.msa, contracts.supply]);
    await waitForJob(jobId);
    await byTestId(page, 'view-history').click();
    const rows = page.locator('[data-testid=history-table] tbody tr');
    await rows.nth(1).waitFor();
    await expect(page.locator('[data-testid=history-table] tbody tr[data-action=added]').count()).resolves.toBe(2);

    const supply = (await app.api.listDocuments()).find((d) => d.path === contracts.supply)!;
    await app.api.removeDocument(supply.id);
    await page.locator('[data-testid=history-table] tbody tr[data-action=removed]').waitFor();
    await expect(rows.first().getAttribute('data-action')).resolves.toBe('removed');
    await screenshot(page, 'history-view');

    const download = page.waitForEvent('download');
    await byTestId(page, 'history-export').click();
    const csv = await fs.readFile(await (await download).path(), 'utf8');
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('time_utc,action,document_title,document_path,file,format,clauses,details');
    expect(lines.slice(1).map((l) => l.split(',')[1])).toEqual(['added', 'added', 'removed']);

    await byTestId(page, 'history-compact').click();
    await byTestId(page, 'history-message').filter({ hasText: /^Space reclaimed: [\d.]+ MB → [\d.]+ MB\./ }).waitFor();
    await page.locator('[data-testid=history-table] tbody tr[data-action=compacted]').waitFor();
    expect(app.pageErrors).toEqual([]);
  });
});
