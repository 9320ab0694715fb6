/**
 * `npm run dev` under the app's strict policy: the renderer's dev server (the app's own
 * renderer config, as electron-vite dev uses it) must serve a page with no inline script,
 * and Chromium must run it with the policy in force (as main's response header): no violation, React Refresh's
 * preamble in place, and the app mounted.
 */
import net, { type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type InlineConfig, type ViteDevServer } from 'vite';
import type { Browser } from 'playwright-core';
import appConfig from '../../electron.vite.config';
import { withoutInlineScripts } from '../../scripts/vite/react-preamble-module';
import { CONTENT_SECURITY_POLICY } from '../../src/main/window-options';
import { chromiumMissing, launchChromium } from './browser';

let server: ViteDevServer;
let url: string;
let browser: Browser;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

describe('the renderer dev server', () => {
  beforeAll(async () => {
    const missing = chromiumMissing();
    if (missing) throw new Error(missing);
    const renderer = (appConfig as { renderer?: InlineConfig }).renderer!;
    // A real port (not 0), so the page's hot-reload socket goes where the page came from, as in dev.
    const port = await freePort();
    server = await createServer({ ...renderer, configFile: false, logLevel: 'warn', server: { host: '127.0.0.1', port, strictPort: true } });
    await server.listen();
    url = `http://127.0.0.1:${port}/`;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('serves index.html without an inline script', async () => {
    const html = await (await fetch(url)).text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc=/);
      expect(body!.trim()).toBe('');
    }
    // The production policy, unchanged: scripts from the app itself only, never inline.
    const scriptSrc = /Content-Security-Policy" content="[^"]*(script-src [^;"]*)/.exec(html)?.[1];
    expect(scriptSrc).toBe("script-src 'self' 'wasm-unsafe-eval'");
  });

  it('mounts the app in Chromium with the policy in force', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
      // A bridge that answers every call with nothing, so the app can mount without an engine.
      const quiet = () => () => undefined;
      (window as unknown as { clauseSearch: unknown }).clauseSearch = new Proxy(
        {},
        { get: (_target, key) => (key === 'onEvent' || key === 'onMenu' ? quiet : () => new Promise(() => undefined)) },
      );
    });
    // As main does for the dev server (session-security.ts): the policy as a response header,
    // which covers the whole page, not only what follows index.html's <meta> tag.
    await page.route('**/*', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': CONTENT_SECURITY_POLICY } });
    });
    await page.goto(url);
    await page.waitForFunction(() => (document.getElementById('root')?.childElementCount ?? 0) > 0, null, { timeout: 20_000 });
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(await page.evaluate(() => typeof (window as unknown as { $RefreshReg$?: unknown }).$RefreshReg$)).toBe('function');
    expect(errors.filter((e) => /Content Security Policy|preamble/i.test(e))).toEqual([]);
    await page.close();
  });
});

describe('withoutInlineScripts', () => {
  it('takes out plugin-react’s inline preamble and nothing else', () => {
    const html =
      '<head><script type="module">import { injectIntoGlobalHook } from "/@react-refresh";\ninjectIntoGlobalHook(window);\nwindow.$RefreshReg$ = () => {};</script>\n' +
      '<script type="module" src="/@vite/client"></script></head><body><script type="module" src="./src/main.tsx"></script></body>';
    expect(withoutInlineScripts(html)).toBe('<head><script type="module" src="/@vite/client"></script></head><body><script type="module" src="./src/main.tsx"></script></body>');
  });
});
