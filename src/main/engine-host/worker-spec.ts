/**
 * Which file the engine worker thread runs, in the two places it runs:
 *  - the built app: out/main/engine-worker.js, a separate electron-vite entry next to
 *    out/main/index.js (main passes builtWorkerSpec(its own folder));
 *  - plain Node from source (vitest, the HTTP test bridge, tsx scripts):
 *    worker-bootstrap.mjs, which registers tsx and imports engine-worker.ts.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface WorkerSpec {
  file: string;
  workerData?: unknown;
  /** Node flags for the worker; empty so it does not inherit the parent's (vitest's, electron's). */
  execArgv: string[];
}

const here = path.dirname(fileURLToPath(import.meta.url));

export function builtWorkerSpec(outMainDir: string): WorkerSpec {
  return { file: path.join(outMainDir, 'engine-worker.js'), execArgv: [] };
}

export function sourceWorkerSpec(): WorkerSpec {
  return {
    file: path.join(here, 'worker-bootstrap.mjs'),
    workerData: { tsEntry: pathToFileURL(path.join(here, 'engine-worker.ts')).href },
    execArgv: [],
  };
}

/** From source when this module is itself TypeScript, else the built worker beside the bundle. */
export function defaultWorkerSpec(): WorkerSpec {
  return import.meta.url.endsWith('.ts') ? sourceWorkerSpec() : builtWorkerSpec(here);
}
