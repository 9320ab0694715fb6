/**
 * The page side of the test bridge: defines `window.clauseSearch` (ClauseSearchApi)
 * over HTTP to the server that served the page. Calls are POSTs, events arrive on one
 * EventSource. Loaded as a classic script before the app's module, so the API is there
 * when React mounts, as the preload's is in the app. Same origin, so the app's CSP
 * (script-src 'self', connect-src 'self') allows all of it.
 */
import type { AppEvent, ClauseSearchApi } from '../../../src/shared/app-api';
import { ENGINE_METHODS } from '../../../src/main/engine-host/protocol';
import { BRIDGE_PATHS, decode, encode } from './wire';

const listeners = new Set<(event: AppEvent) => void>();
const source = new EventSource(BRIDGE_PATHS.events);
// Calls wait until the event stream is open, so no event a call causes can be missed.
const connected = new Promise<void>((resolve) => source.addEventListener('open', () => resolve(), { once: true }));
source.addEventListener('message', (message) => {
  const event = decode(message.data as string) as AppEvent;
  for (const listener of listeners) listener(event);
});

async function call(method: string, args: unknown[]): Promise<unknown> {
  await connected;
  const response = await fetch(BRIDGE_PATHS.call + method, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: encode(args),
  });
  const body = decode(await response.text()) as { result?: unknown; error?: { name: string; message: string } };
  if (body.error) {
    const error = new Error(body.error.message);
    error.name = body.error.name;
    throw error;
  }
  return body.result;
}

const api = Object.fromEntries(ENGINE_METHODS.map((method) => [method, (...args: unknown[]) => call(method, args)])) as Omit<ClauseSearchApi, 'onEvent'>;

(window as unknown as { clauseSearch: ClauseSearchApi }).clauseSearch = {
  ...api,
  onEvent(listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
