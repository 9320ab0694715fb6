/**
 * A question that names its contract is answered inside it, and the window says so with
 * a chip that can be removed: the same question then searches every contract.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, startApp, type AppHarness } from './app-harness';

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

async function search(query: string): Promise<void> {
  await app.page.getByTestId('search-input').fill(query);
  await app.page.getByTestId('search-input').press('Enter');
  await app.page.locator('[data-testid=search-status][data-phase=done]').waitFor();
}

const documentsListed = async () => new Set(await app.page.locator('[data-testid=result-card] .card-doc').allTextContents());

describe('scope chip', () => {
  it('shows the contract a question named, answers inside it, and searches everything once removed', async () => {
    await search('Consider the Supply Agreement between Corrigan Mills and Ostrander Foods; when must payment be made?');
    const chip = app.page.getByTestId('scope-chip');
    await chip.waitFor();
    expect(await chip.textContent()).toMatch(/^in: Supply Agreement/);
    expect(await chip.getAttribute('title')).toMatch(/names this contract/);
    expect(await documentsListed()).toEqual(new Set(['Supply Agreement']));
    await screenshot(app.page, 'scope-chip');

    await app.page.getByTestId('scope-chip-remove').click();
    await chip.waitFor({ state: 'detached' });
    await app.page.locator('[data-testid=search-status][data-phase=done]').waitFor();
    expect(await documentsListed()).toEqual(new Set(['Supply Agreement', 'Master Services Agreement']));
  }, 60_000);

  it('shows no chip for a question that mentions a party in passing', async () => {
    await search('when must Ostrander Foods pay?');
    expect(await app.page.getByTestId('scope-chip').count()).toBe(0);
  }, 30_000);
});
