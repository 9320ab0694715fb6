/**
 * Entry point of the engine worker thread. Built by electron-vite as out/main/engine-worker.js
 * (see electron.vite.config.ts); run from source through worker-bootstrap.mjs, which
 * registers tsx first (worker-spec.ts).
 */
import { parentPort } from 'node:worker_threads';
import { serveEngine } from './engine-server';

if (!parentPort) throw new Error('engine-worker must run as a worker thread, started by EngineClient.');
serveEngine(parentPort);
