import fs from 'node:fs';
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { appMenuTemplate } from '../../src/main/menu';
import { isAllowedRequest, isAppPage } from '../../src/main/url-policy';
import { CONTENT_SECURITY_POLICY, mainWindowOptions, SECURE_WEB_PREFERENCES } from '../../src/main/window-options';
import { DEFAULT_WINDOW_STATE, keepOnScreen, parseWindowState, readWindowState, writeWindowState } from '../../src/main/window-state';
import type { MenuCommand } from '../../src/shared/desktop-bridge';
import { tempDir } from '../helpers/temp-dir';

/** Sources that name anything beyond the app itself: hosts, schemes, wildcards. Quoted keywords ('self', 'none', …) and main's own clause-pdf: are not. */
function remoteSources(policy: string): string[] {
  return policy
    .split(';')
    .flatMap((directive) => directive.trim().split(/\s+/).slice(1))
    .filter((source) => !/^'[a-z-]+'$/.test(source) && !['data:', 'blob:', 'clause-pdf:'].includes(source));
}

describe('window security', () => {
  it('isolates and sandboxes the renderer, without Node', () => {
    const options = mainWindowOptions('/app/out/preload/index.cjs', DEFAULT_WINDOW_STATE);
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      preload: '/app/out/preload/index.cjs',
    });
    expect(options.webPreferences).toEqual({ ...SECURE_WEB_PREFERENCES, preload: '/app/out/preload/index.cjs' });
  });

  it('has a Content-Security-Policy with no remote origin, no eval, no plugins, no framing', () => {
    expect(remoteSources(CONTENT_SECURITY_POLICY)).toEqual([]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-eval'/);
    for (const directive of ["default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) {
      expect(CONTENT_SECURITY_POLICY).toContain(directive);
    }
  });

  it("the renderer's own <meta> policy names no remote origin either", () => {
    const html = fs.readFileSync(path.resolve('src/renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta).not.toBeNull();
    expect(remoteSources(meta![1]!)).toEqual([]);
    expect(meta![1]).not.toMatch(/'unsafe-eval'/);
    expect(meta![1]).toContain("script-src 'self'");
  });

  it('loads local resources and, in development, the local dev server only', () => {
    const built = { rendererIndexUrl: 'file:///app/out/renderer/index.html' };
    const dev = { ...built, devServerUrl: 'http://localhost:5173' };
    for (const url of ['file:///app/out/renderer/assets/index.js', 'data:image/png;base64,AA', 'blob:file:///1234', 'devtools://devtools/bundled/x.html']) {
      expect(isAllowedRequest(url, built)).toBe(true);
    }
    for (const url of ['https://example.com/x.js', 'http://localhost:5173/src/main.tsx', 'wss://evil.test', 'ftp://x', 'not a url']) {
      expect(isAllowedRequest(url, built)).toBe(false);
    }
    expect(isAllowedRequest('clause-pdf://document/3', built)).toBe(true);
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/', dev)).toBe(true);
    expect(isAllowedRequest('http://localhost:5174/', dev)).toBe(false);
    expect(isAllowedRequest('http://localhost:5173/', { ...built, devServerUrl: 'http://192.168.1.5:5173' })).toBe(false);
  });

  it("accepts IPC only from the app's own page", () => {
    const built = { rendererIndexUrl: 'file:///app/out/renderer/index.html' };
    expect(isAppPage('file:///app/out/renderer/index.html', built)).toBe(true);
    expect(isAppPage('file:///app/out/renderer/index.html#/documents/3', built)).toBe(true);
    expect(isAppPage('file:///tmp/evil.html', built)).toBe(false);
    expect(isAppPage('https://example.com/', built)).toBe(false);
    expect(isAppPage(undefined, built)).toBe(false);
    expect(isAppPage('http://localhost:5173/', { ...built, devServerUrl: 'http://localhost:5173/' })).toBe(true);
  });
});

describe('window state', () => {
  it('round-trips through its file and falls back to the defaults', () => {
    const file = path.join(tempDir(), 'window-state.json');
    expect(readWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
    writeWindowState(file, { x: 40, y: 60, width: 1000, height: 700, maximized: true });
    expect(readWindowState(file)).toEqual({ x: 40, y: 60, width: 1000, height: 700, maximized: true });
    expect(parseWindowState({ width: 10, height: 'tall', x: 5 })).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('drops a position that is off every screen', () => {
    const screens = [{ x: 0, y: 0, width: 1920, height: 1080 }];
    const state = { x: 100, y: 100, width: 1000, height: 700, maximized: false };
    expect(keepOnScreen(state, screens)).toEqual(state);
    expect(keepOnScreen({ ...state, x: 2500 }, screens)).toEqual({ width: 1000, height: 700, maximized: false });
    expect(keepOnScreen({ ...state, y: -500 }, screens)).toEqual({ width: 1000, height: 700, maximized: false });
  });
});

describe('app menu', () => {
  const items = (template: MenuItemConstructorOptions[]) =>
    template.flatMap((menu) => (Array.isArray(menu.submenu) ? menu.submenu : [])).filter((item) => item.accelerator);

  it('sends open, export and settings to the window with the usual shortcuts', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const sent: MenuCommand[] = [];
      const shortcuts = items(appMenuTemplate((command) => sent.push(command), platform, false));
      expect(shortcuts.map((item) => item.accelerator).sort()).toEqual(['CmdOrCtrl+,', 'CmdOrCtrl+E', 'CmdOrCtrl+O']);
      for (const item of shortcuts) (item.click as () => void)();
      expect(sent.sort()).toEqual(['export-selected', 'open-contracts', 'open-settings']);
    }
  });

  it('offers developer tools only in development', () => {
    const roles = (dev: boolean) => JSON.stringify(appMenuTemplate(() => {}, 'linux', dev));
    expect(roles(true)).toContain('toggleDevTools');
    expect(roles(false)).not.toContain('toggleDevTools');
  });
});
