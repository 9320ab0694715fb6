/**
 * The definitions strip, referenced sections opened in place, and "Find similar" with a
 * word-level comparison, in the window against a real engine. Screenshots go to
 * artifacts/screenshots/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, startApp, type AppHarness } from './app-harness';

const DISTRIBUTION = [
  'DISTRIBUTION AGREEMENT',
  '',
  'This Distribution Agreement is made on 1 May 2024 (the "Effective Date") between Harlow Tools Ltd ("Supplier") and Penrose Retail plc ("Distributor").',
  '',
  '1. Definitions',
  '',
  '1.1 "Products" means the hand tools listed in the price list.',
  '',
  '2. Term',
  '',
  '2.1 This Agreement starts on the Effective Date and continues for three years unless ended under Section 5.1.',
  '',
  '5. Termination',
  '',
  '5.1 Either party may terminate this Agreement on ninety days written notice to the other party.',
  '',
].join('\n');
const AGENCY = [
  'AGENCY AGREEMENT',
  '',
  '1. Appointment',
  '',
  '1.1 The Principal appoints the Agent for the territory.',
  '',
  '2. Termination',
  '',
  '2.1 Either party may terminate this Agreement on thirty days written notice to the other party.',
  '',
].join('\n');

let app: AppHarness;

beforeAll(async () => {
  app = await startApp();
  const folder = path.join(app.dir, 'links');
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, 'distribution.txt'), DISTRIBUTION);
  fs.writeFileSync(path.join(folder, 'agency.txt'), AGENCY);
  await app.page.getByTestId('add-paths-input').fill(folder);
  await app.page.getByTestId('add-paths-submit').click();
  await app.page.locator('[data-testid=document-item]').nth(1).waitFor({ timeout: 60_000 });
}, 120_000);

afterAll(async () => {
  await app?.close();
});

async function openFirstResult(query: string): Promise<void> {
  await app.page.getByTestId('search-input').fill(query);
  await app.page.getByTestId('search-input').press('Enter');
  await app.page.locator('[data-testid=search-status][data-phase=done]').waitFor();
  await app.page.getByTestId('result-open').first().click();
  await app.page.getByTestId('context-panel').waitFor();
}

describe('clause links and similar clauses', () => {
  it('shows the defined terms a clause uses and opens a referenced section in place', async () => {
    await openFirstResult('continues for three years');
    const strip = app.page.getByTestId('clause-links');
    await strip.waitFor();
    expect(await app.page.getByTestId('definition-term').allTextContents()).toEqual(['Effective Date']);
    await app.page.getByTestId('definition-term').first().click();
    expect(await app.page.getByTestId('definition-text').textContent()).toMatch(/1 May 2024 \(the "Effective Date"\)/);
    await app.page.getByTestId('reference-link').filter({ hasText: 'Section 5.1' }).click();
    expect(await app.page.getByTestId('reference-text').textContent()).toMatch(/ninety days written notice/);
    await screenshot(app.page, 'definitions-strip');
  }, 60_000);

  it('finds the same kind of clause in another contract and compares it word by word', async () => {
    await openFirstResult('ninety days written notice');
    await app.page.getByTestId('find-similar').click();
    await app.page.getByTestId('similar-list').waitFor();
    const first = app.page.getByTestId('similar-item').first();
    expect(await first.textContent()).toMatch(/Agency Agreement|agency/i);
    await first.getByTestId('compare-similar').click();
    const comparison = app.page.getByTestId('comparison');
    // The clause numbers differ too (5.1 / 2.1); the wording differs in one word.
    const removed = await comparison.locator('del').allTextContents();
    const added = await comparison.locator('ins').allTextContents();
    expect(removed).toContain('ninety ');
    expect(added).toContain('thirty ');
    expect(removed.join('')).not.toMatch(/written|notice|terminate/);
    await screenshot(app.page, 'comparison-view');
  }, 60_000);
});
