/**
 * The Node side of the test bridge: serves the built renderer on 127.0.0.1 with the
 * bridge script injected into index.html, answers the page's API calls by calling a
 * ClauseSearchApi (the real EngineClient in the tests), and streams its events as
 * server-sent events. Nothing else: no CORS, no other origin, only loopback.
 */
import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { ClauseSearchApi } from '../../../src/shared/app-api';
import { ENGINE_METHODS, type EngineMethod } from '../../../src/main/engine-host';
import { BRIDGE_PATHS, decode, encode } from './wire';

export interface BridgeOptions {
  /** The built renderer (index.html and assets/). */
  rendererDir: string;
  /** The page-side script (client.ts bundled as a classic script). */
  clientScript: string;
  api: ClauseSearchApi;
}

/**
 * Milliseconds to hold a reply before sending it, to make a slow machine's timing
 * certain: a held `search` reply lets the stage-1 list show first, as a CPU re-ranking a
 * hundred candidates would; holding an older query longer than a newer one makes its
 * reply arrive stale.
 */
export type HoldRule = (method: EngineMethod, args: unknown[]) => number;

export interface BridgeServer {
  url: string;
  /** Every call the page made, in order, for assertions about what the UI asked for. */
  calls: Array<{ method: string; args: unknown[] }>;
  /** Holds replies by the rule from now on (null: answer at once). */
  setHold(rule: HoldRule | null): void;
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};

const METHODS: ReadonlySet<string> = new Set(ENGINE_METHODS);

export async function startBridge(options: BridgeOptions): Promise<BridgeServer> {
  const root = path.resolve(options.rendererDir);
  const streams = new Set<http.ServerResponse>();
  const calls: BridgeServer['calls'] = [];
  let hold: HoldRule | null = null;
  const stopEvents = options.api.onEvent((event) => {
    const frame = `data: ${encode(event)}\n\n`;
    for (const stream of streams) stream.write(frame);
  });

  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === BRIDGE_PATHS.events) return openEventStream(response, streams);
    if (url.pathname === BRIDGE_PATHS.script) return send(response, 200, MIME['.js']!, options.clientScript);
    if (url.pathname.startsWith(BRIDGE_PATHS.call) && request.method === 'POST') {
      return void answerCall(url.pathname.slice(BRIDGE_PATHS.call.length), request, response, options.api, calls, hold);
    }
    if (request.method !== 'GET') return send(response, 405, 'text/plain', 'method not allowed');
    void serveFile(root, url.pathname, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/`,
    calls,
    setHold: (rule) => {
      hold = rule;
    },
    close: async () => {
      stopEvents();
      for (const stream of streams) stream.end();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function openEventStream(response: http.ServerResponse, streams: Set<http.ServerResponse>): void {
  response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
  // A comment line flushes the headers, so the page's EventSource opens now.
  response.write(': connected\n\n');
  streams.add(response);
  response.on('close', () => streams.delete(response));
}

async function answerCall(
  method: string,
  request: http.IncomingMessage,
  response: http.ServerResponse,
  api: ClauseSearchApi,
  calls: BridgeServer['calls'],
  hold: HoldRule | null,
): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const args = decode(Buffer.concat(chunks).toString('utf8'));
  if (!METHODS.has(method) || !Array.isArray(args)) {
    return send(response, 400, 'application/json', encode({ error: { name: 'InvalidRequestError', message: `The bridge has no method ${method}.` } }));
  }
  calls.push({ method, args });
  let body: string;
  try {
    const fn = api[method as EngineMethod] as (...a: unknown[]) => Promise<unknown>;
    body = encode({ result: await fn.apply(api, args) });
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    body = encode({ error: { name: e.name, message: e.message } });
  }
  const held = hold?.(method as EngineMethod, args) ?? 0;
  if (held > 0) await new Promise((resolve) => setTimeout(resolve, held));
  send(response, 200, 'application/json', body);
}

async function serveFile(root: string, pathname: string, response: http.ServerResponse): Promise<void> {
  const file = path.resolve(root, `.${decodeURIComponent(pathname === '/' ? '/index.html' : pathname)}`);
  if (file !== root && !file.startsWith(root + path.sep)) return send(response, 403, 'text/plain', 'forbidden');
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch {
    return send(response, 404, 'text/plain', 'not found');
  }
  const type = MIME[path.extname(file)] ?? 'application/octet-stream';
  if (path.basename(file) === 'index.html') return send(response, 200, type, injectBridge(bytes.toString('utf8')));
  send(response, 200, type, bytes);
}

/** The bridge script goes before the app's module script; a classic script runs first. */
function injectBridge(html: string): string {
  const tag = `<script src="${BRIDGE_PATHS.script}"></script>`;
  return html.includes('<script') ? html.replace('<script', `${tag}\n    <script`) : html.replace('</head>', `${tag}</head>`);
}

function send(response: http.ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  response.end(body);
}
