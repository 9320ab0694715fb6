/**
 * Locks the renderer's session down: no permission is ever granted (except writing plain
 * text to the clipboard, for "Copy citation"), no request leaves the machine, every
 * response carries the Content-Security-Policy, and no page can navigate, open windows
 * or attach webviews.
 */
import type { App, Session } from 'electron';
import { isAllowedRequest, type AppOrigins } from './url-policy';
import { CONTENT_SECURITY_POLICY } from './window-options';

const ALLOWED_PERMISSION = 'clipboard-sanitized-write';

export function hardenSession(session: Session, origins: AppOrigins): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(permission === ALLOWED_PERMISSION));
  session.setPermissionCheckHandler((_contents, permission) => permission === ALLOWED_PERMISSION);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url, origins) }));
  // file:// responses have no headers to add to; there the <meta> tag in index.html applies.
  session.webRequest.onHeadersReceived((details, callback) =>
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } }),
  );
}

export function denyNavigation(app: App): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}
