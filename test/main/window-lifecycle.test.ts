import { EventEmitter } from 'node:events';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isAppPage } from '../../src/main/url-policy';
import { isTrustedSender, onSecondInstance, showWhenReady } from '../../src/main/window-lifecycle';

class FakeWindow extends EventEmitter {
  calls: string[] = [];
  destroyed = false;
  minimized = false;
  webContents = { id: 1 };
  maximize() {
    this.calls.push('maximize');
  }
  show() {
    this.calls.push('show');
  }
  isDestroyed() {
    return this.destroyed;
  }
  isMinimized() {
    return this.minimized;
  }
  restore() {
    this.calls.push('restore');
  }
  focus() {
    this.calls.push('focus');
  }
}

describe('showWhenReady', () => {
  it('does nothing visible before the first paint, then maximizes and shows', () => {
    const window = new FakeWindow();
    showWhenReady(window, true);
    expect(window.calls).toEqual([]);
    window.emit('ready-to-show');
    expect(window.calls).toEqual(['maximize', 'show']);
  });

  it('only shows a window that was not maximized', () => {
    const window = new FakeWindow();
    showWhenReady(window, false);
    window.emit('ready-to-show');
    expect(window.calls).toEqual(['show']);
  });
});

describe('onSecondInstance', () => {
  it('opens a window when none is open, or the old one was destroyed', () => {
    const created = new FakeWindow();
    expect(onSecondInstance(null, () => created)).toBe(created);
    const closed = Object.assign(new FakeWindow(), { destroyed: true });
    expect(onSecondInstance(closed, () => created)).toBe(created);
  });

  it('restores and focuses the open window instead of opening another', () => {
    const window = Object.assign(new FakeWindow(), { minimized: true });
    expect(onSecondInstance(window, () => new FakeWindow())).toBe(window);
    expect(window.calls).toEqual(['restore', 'focus']);
  });
});

describe('isTrustedSender', () => {
  const dir = '/Users/me/Apps/100% Legal/Clause Search.app/Contents/Resources/app.asar/out/renderer';
  const origins = { rendererIndexUrl: pathToFileURL(`${dir}/index.html`).href };
  // Chromium's own escaping of the same path (lower-case hex, a space left as %20).
  const chromiumUrl = 'file:///Users/me/Apps/100%25%20Legal/Clause%20Search.app/Contents/Resources/app.asar/out/renderer/index.html#/documents/3';
  const event = (sender: unknown, url: string, parent: unknown = null) =>
    ({ sender, senderFrame: { url, parent } }) as unknown as Parameters<typeof isTrustedSender>[0];

  it('accepts the main window’s top frame showing the app, however its path is escaped', () => {
    const window = new FakeWindow();
    expect(isAppPage(chromiumUrl, origins)).toBe(true);
    expect(isAppPage(chromiumUrl.replace('%20Legal', '%20%4cegal'), origins)).toBe(true);
    expect(isTrustedSender(event(window.webContents, chromiumUrl), window, origins)).toBe(true);
  });

  it('refuses other web contents, subframes, other pages, and calls with no window', () => {
    const window = new FakeWindow();
    expect(isTrustedSender(event({ id: 2 }, chromiumUrl), window, origins)).toBe(false);
    expect(isTrustedSender(event(window.webContents, chromiumUrl, {}), window, origins)).toBe(false);
    expect(isTrustedSender(event(window.webContents, 'file:///tmp/evil.html'), window, origins)).toBe(false);
    expect(isTrustedSender(event(window.webContents, chromiumUrl), null, origins)).toBe(false);
    window.destroyed = true;
    expect(isTrustedSender(event(window.webContents, chromiumUrl), window, origins)).toBe(false);
  });
});
