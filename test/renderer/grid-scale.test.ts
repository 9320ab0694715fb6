/**
 * The review grid at the size lawyers use it: 1,000 contracts × 41 clause types in the
 * window, over the real engine. Only the cells in view are in the page, the headers stay
 * put while it scrolls, the cells scrolled to are computed before the rest, the keyboard
 * reaches the far corner, and the fill can be cancelled part-way.
 */
import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClauseEngine } from '../../src/main/engine/engine';
import type { GridCellSummary } from '../../src/shared/grid-api';
import { textWithClauses } from '../helpers/sample-store';
import { screenshot, startApp, type AppHarness } from './app-harness';

const CONTRACTS = 1000;
const STATES = ['New York', 'Delaware', 'California', 'Texas'];
let app: AppHarness;
/** Cells in the order the engine sent them, as `documentId/typeId`. */
const arrivals: string[] = [];
const byTestId = (page: Page, id: string) => page.getByTestId(id);

/** A thousand short contracts, some with a governing-law clause and some with a liability cap, written straight to the library. */
function seedLibrary(databasePath: string): void {
  const engine = ClauseEngine.open(databasePath);
  try {
    for (let i = 1; i <= CONTRACTS; i++) {
      const n = String(i).padStart(4, '0');
      const parts = [
        { body: `SERVICES AGREEMENT ${n}\n\nThis Services Agreement ${n} is made on 1 March 2024 between Vendor ${n} Ltd. and Client ${n} plc.` },
        { number: '1', heading: 'Services', body: `1. Services. Vendor ${n} shall provide the services in Schedule 1.` },
        { number: '2', heading: 'Fees', body: '2. Fees. Client shall pay each invoice within thirty (30) days.' },
        { number: '3', heading: 'Term', body: '3. Term. This Agreement continues for two (2) years and renews for one (1) year unless terminated.' },
      ];
      if (i % 3 !== 0) parts.push({ number: '4', heading: 'Limitation of Liability', body: '4. Limitation of Liability. Liability is capped at the fees paid in the twelve months before the claim.' });
      if (i % 2 === 0) parts.push({ number: '5', heading: 'Governing Law', body: `5. Governing Law. This Agreement is governed by the laws of the State of ${STATES[i % 4]}.` });
      const { text, clauses } = textWithClauses(parts);
      engine.addPresegmentedDocument({ path: `/contracts/services-${n}.txt`, title: `Services Agreement ${n}`, text, clauses, sha256: createHash('sha256').update(text).digest('hex') });
    }
  } finally {
    engine.close();
  }
}

beforeAll(async () => {
  app = await startApp({ seed: seedLibrary });
  app.client.onEvent((event) => {
    if (event.type === 'grid-cells') arrivals.push(...event.cells.map((c: GridCellSummary) => `${c.documentId}/${c.typeId}`));
  });
}, 180_000);

afterAll(async () => {
  await app?.close();
});

describe('review grid with 1,000 contracts × 41 clause types', () => {
  it('draws only the cells in view, keeps its headers in place, and fills what is scrolled to first', async () => {
    const { page } = app;
    await byTestId(page, 'view-grid').click();
    const grid = byTestId(page, 'grid');
    await grid.waitFor();
    await expect.poll(() => grid.getAttribute('aria-rowcount')).toBe(String(CONTRACTS + 1));
    await expect(grid.getAttribute('aria-colcount')).resolves.toBe('42');
    // The first screen fills first.
    await page.locator('[data-testid=grid-cell]:not([data-state=pending])').first().waitFor({ timeout: 60_000 });
    await byTestId(page, 'grid-progress').waitFor();
    expect(await byTestId(page, 'grid-cell').count()).toBeLessThan(800);
    expect(await byTestId(page, 'grid-row').count()).toBeLessThan(60);

    // To the far corner: the last contract and the last clause type.
    const types = (await app.api.listClauseTypes()).filter((t) => !t.hidden);
    const lastType = types.at(-1)!.id;
    const documents = await app.api.listDocuments();
    const byTitle = new Map(documents.map((d) => [d.title, d.id]));
    const last = byTitle.get(`Services Agreement ${String(CONTRACTS).padStart(4, '0')}`)!;
    const middle = byTitle.get('Services Agreement 0500')!;
    await grid.evaluate((el) => el.scrollTo({ top: el.scrollHeight, left: el.scrollWidth }));
    const corner = page.locator(`[data-testid=grid-row][data-document-id="${last}"] [data-testid=grid-cell][data-type-id="${lastType}"]`);
    await corner.waitFor();
    await expect.poll(() => corner.getAttribute('data-state'), { timeout: 60_000 }).not.toBe('pending');
    // The window told the fill what it scrolled to ...
    const told = app.bridge.calls.filter((c) => c.method === 'setGridViewport').map((c) => c.args[1] as { documentIds: number[]; typeIds: string[] });
    expect(told.some((v) => v.documentIds.includes(last) && v.typeIds.includes(lastType))).toBe(true);
    // ... and those cells came before the middle of their column (which comes first in row order).
    const cornerAt = arrivals.indexOf(`${last}/${lastType}`);
    const middleAt = arrivals.indexOf(`${middle}/${lastType}`);
    expect(cornerAt).toBeGreaterThanOrEqual(0);
    expect(middleAt === -1 || cornerAt < middleAt).toBe(true);

    // Headers are where they were: the column names along the top, the contract names down the left.
    const gridBox = (await grid.boundingBox())!;
    const header = (await page.locator(`[data-testid=grid-column][data-type-id="${lastType}"]`).boundingBox())!;
    expect(Math.abs(header.y - gridBox.y)).toBeLessThanOrEqual(1);
    const rowHead = (await page.locator(`[data-testid=grid-row][data-document-id="${last}"] [role=rowheader]`).boundingBox())!;
    expect(Math.abs(rowHead.x - gridBox.x)).toBeLessThanOrEqual(1);
    expect(await byTestId(page, 'grid-cell').count()).toBeLessThan(800);
    await screenshot(page, '17-grid-1000-contracts');
  });

  it('reaches the far corner by keyboard and cancels the fill part-way', async () => {
    const { page } = app;
    const grid = byTestId(page, 'grid');
    await grid.evaluate((el) => el.scrollTo({ top: 0, left: 0 }));
    await page.locator('[data-testid=grid-cell]').first().click();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+End');
    const active = page.locator('[data-testid=grid-cell].is-active');
    await active.waitFor();
    await expect(page.locator('[data-testid=grid-row]', { has: active }).getAttribute('aria-rowindex')).resolves.toBe(String(CONTRACTS + 1));
    await expect(active.getAttribute('aria-colindex')).resolves.toBe('42');
    await expect(grid.getAttribute('aria-activedescendant')).resolves.toBe(await active.getAttribute('id'));

    const status = byTestId(page, 'grid-fill');
    if ((await status.getAttribute('data-status')) === 'filling') {
      await byTestId(page, 'grid-cancel').click();
      await page.locator('[data-testid=grid-fill][data-status=cancelled]').waitFor();
      await expect(byTestId(page, 'grid-fill-text').textContent()).resolves.toMatch(/^Stopped at [\d,]+ of 41,000 cells$/);
      await byTestId(page, 'grid-resume').waitFor();
    } else {
      // A machine fast enough to finish first has filled every cell.
      await expect(byTestId(page, 'grid-fill-text').textContent()).resolves.toBe('41,000 cells filled');
    }
    expect(app.pageErrors).toEqual([]);
  });
});
