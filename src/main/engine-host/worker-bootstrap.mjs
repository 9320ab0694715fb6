// Starts the TypeScript engine worker from source (plain Node, vitest, the test bridge).
// On Node 20, `execArgv: ['--import', 'tsx']` does not reach a worker's own entry module
// (it fails with ERR_UNKNOWN_FILE_EXTENSION), so this plain-JS entry registers tsx in the
// worker first and then imports the .ts entry named in workerData, as bin/clause-search.js does.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.tsEntry);
