/**
 * The engine off the main thread. Start one EngineClient per library:
 *
 *   const client = new EngineClient({ databasePath, modelsDir, settingsPath });
 *   const docs = await client.call('listDocuments', []);
 *   const stop = client.onEvent((event) => …);
 *   await client.close();
 *
 * From source (vitest, tsx) the worker runs through tsx on its own; the built app
 * passes `worker: builtWorkerSpec(outMainDir)`. See protocol.ts for the messages.
 *
 * Errors reject with an Error whose `name` says what kind (NotFoundError, QueryError,
 * InvalidRequestError, DatabaseCorruptError, EngineRestartedError, …) and whose message
 * is one sentence for the user. A search superseded by a newer one rejects with name
 * 'AbortError'; callers drop it, as they drop any answer whose requestId is not their
 * latest (the name may not survive Electron's contextBridge, the requestId rule does).
 */
export { EngineClient, type EngineClientOptions, type EngineLogger } from './engine-client';
export { clauseSearchApi } from './client-api';
export { ENGINE_METHODS, type EngineArgs, type EngineMethod, type EngineResult } from './protocol';
export { settingsPathFor } from './settings-limits';
export { ERROR_NAMES } from './wire-error';
export { builtWorkerSpec, defaultWorkerSpec, sourceWorkerSpec, type WorkerSpec } from './worker-spec';
