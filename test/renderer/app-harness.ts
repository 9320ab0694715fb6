/**
 * The desktop app's window in a browser, over the real engine: the built renderer is
 * served by the bridge, whose calls go to an EngineClient (engine in a worker thread)
 * on a temporary library. One harness per test file; its page is the app window.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { clauseSearchApi, EngineClient } from '../../src/main/engine-host';
import type { ClauseSearchApi } from '../../src/shared/app-api';
import { chromiumMissing, launchChromium } from './browser';
import { bundleBridgeClient, buildRenderer } from './bridge/build';
import { startBridge, type BridgeServer } from './bridge/server';
import { writeContracts, type ContractFiles } from './contracts';

export interface AppHarness {
  page: Page;
  context: BrowserContext;
  bridge: BridgeServer;
  client: EngineClient;
  api: ClauseSearchApi;
  /** Temporary folder: the library database, the contracts, downloads. */
  dir: string;
  databasePath: string;
  contracts: ContractFiles;
  /** Engine messages (slow requests, restarts), kept out of the test output. */
  logs: string[];
  /** Errors the page threw or logged: a clean run has none. */
  pageErrors: string[];
  close(): Promise<void>;
}

export interface StartAppOptions {
  /** Writes to the library before the engine opens it (a large library made in-process). */
  seed?: (databasePath: string) => Promise<void> | void;
  /** The window's size; default 1440 × 900. */
  viewport?: { width: number; height: number };
}

export async function startApp(options: StartAppOptions = {}): Promise<AppHarness> {
  const missing = chromiumMissing();
  if (missing) throw new Error(missing);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clause-search-ui-'));
  const rendererDir = path.join(dir, 'renderer');
  const databasePath = path.join(dir, 'library.db');
  const cleanup: Array<() => Promise<void> | void> = [() => fs.rmSync(dir, { recursive: true, force: true })];
  const close = async () => {
    for (const step of cleanup.reverse()) await step();
  };
  try {
    const [, clientScript, contracts] = await Promise.all([buildRenderer(rendererDir), bundleBridgeClient(), writeContracts(path.join(dir, 'contracts'))]);
    await options.seed?.(databasePath);
    const logs: string[] = [];
    const client = new EngineClient({
      databasePath,
      appVersion: 'test',
      modelOptions: { device: 'cpu' },
      logger: { warn: (m) => logs.push(m), error: (m) => logs.push(m) },
    });
    cleanup.push(() => client.close());
    const api = clauseSearchApi(client);
    const bridge = await startBridge({ rendererDir, clientScript, api });
    cleanup.push(() => bridge.close());
    const browser: Browser = await launchChromium();
    cleanup.push(() => browser.close());
    const context = await browser.newContext({ viewport: options.viewport ?? { width: 1440, height: 900 }, acceptDownloads: true });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: bridge.url.replace(/\/$/, '') });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    await page.goto(bridge.url);
    return { page, context, bridge, client, api, dir, databasePath, contracts, logs, pageErrors, close };
  } catch (error) {
    await close();
    throw error;
  }
}

const SCREENSHOTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../artifacts/screenshots');

/** A PNG of the window under artifacts/screenshots/ (git-ignored), for people to look at. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  // The pointer out of the way and transitions finished, so each picture shows the settled screen.
  await page.mouse.move(page.viewportSize()!.width - 1, page.viewportSize()!.height - 1);
  await page.screenshot({ path: file, animations: 'disabled' });
  return file;
}
