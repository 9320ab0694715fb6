/**
 * IPC handlers: the renderer's calls, validated (ipc-validation.ts), relayed to the
 * engine worker. Each handler answers with an IpcReply rather than throwing, so the
 * error's name and sentence reach the preload intact. Electron is only a type here: the
 * registrar, the engine and the dialogs come in as arguments, so tests drive it in Node.
 */
import fs from 'node:fs/promises';
import type { IpcMainInvokeEvent } from 'electron';
import type { AppEvent, ExportResult } from '../shared/app-api';
import type { EngineClient } from './engine-host/engine-client';
import { ENGINE_METHODS } from './engine-host/protocol';
import { ERROR_NAMES } from './engine-host/wire-error';
import { InvalidRequestError, validateEngineArgs, validateExportResult } from './ipc-validation';
import { CHANNELS, engineChannel, type IpcReply } from '../shared/desktop-bridge';

export interface IpcRegistrar {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

export interface IpcDeps {
  engine: Pick<EngineClient, 'call'>;
  /** Only the app's own page may call (url-policy.ts isAppPage on the sender frame). */
  isTrustedSender(event: IpcMainInvokeEvent): boolean;
  /** Native dialogs, shown over the calling window; null when the user cancels. */
  chooseSavePath(event: IpcMainInvokeEvent, suggestedName: string): Promise<string | null>;
  chooseContracts(event: IpcMainInvokeEvent): Promise<string[] | null>;
  chooseFolder(event: IpcMainInvokeEvent): Promise<string | null>;
  writeFile?(file: string, bytes: Uint8Array): Promise<void>;
  logger?: { error(message: string): void };
}

/** Errors whose sentence is meant for the user; anything else is also logged in main. */
const EXPECTED_ERRORS: ReadonlySet<string> = new Set([
  ERROR_NAMES.aborted,
  ERROR_NAMES.invalid,
  ERROR_NAMES.corrupt,
  ERROR_NAMES.restarted,
  ERROR_NAMES.closed,
  'NotFoundError',
  'QueryError',
  'IngestError',
  'StageUnavailableError',
]);

function noArgs(args: unknown[], what: string): void {
  if (args.length !== 0) throw new InvalidRequestError(`${what} takes no arguments.`);
}

/** Registers every handler; returns a function that removes them (window closed, tests). */
export function registerIpcHandlers(ipc: IpcRegistrar, deps: IpcDeps): () => void {
  const channels: string[] = [];
  const writeFile = deps.writeFile ?? ((file, bytes) => fs.writeFile(file, bytes));

  const handle = (channel: string, run: (event: IpcMainInvokeEvent, args: unknown[]) => Promise<unknown>) => {
    channels.push(channel);
    ipc.handle(channel, async (event, ...args): Promise<IpcReply> => {
      try {
        if (!deps.isTrustedSender(event)) throw new InvalidRequestError('Only the Clause Search window may use the search engine.');
        return { ok: true, value: await run(event, args) };
      } catch (error) {
        const { name, message } = error instanceof Error ? error : new Error(String(error));
        if (!EXPECTED_ERRORS.has(name)) deps.logger?.error(`ipc: ${channel} failed: ${(error as Error).stack ?? message}`);
        return { ok: false, error: { name, message } };
      }
    });
  };

  for (const method of ENGINE_METHODS) {
    handle(engineChannel(method), (_event, args) => deps.engine.call(method, validateEngineArgs(method, args)));
  }

  handle(CHANNELS.saveExport, async (event, args) => {
    if (args.length !== 1) throw new InvalidRequestError('saveExport takes 1 argument.');
    const result: ExportResult = validateExportResult(args[0]);
    const file = await deps.chooseSavePath(event, result.fileName);
    if (!file) return null;
    await writeFile(file, result.bytes);
    // The history says which clauses left the library and where they went.
    if (result.audit) await deps.engine.call('recordExport', [{ ...result.audit, file }]);
    return file;
  });

  handle(CHANNELS.openFiles, async (event, args) => {
    noArgs(args, 'openFiles');
    const paths = await deps.chooseContracts(event);
    if (!paths || paths.length === 0) return null;
    return deps.engine.call('addPaths', validateEngineArgs('addPaths', [paths]));
  });

  handle(CHANNELS.chooseModelsFolder, async (event, args) => {
    noArgs(args, 'chooseModelsFolder');
    return deps.chooseFolder(event);
  });

  return () => {
    for (const channel of channels) ipc.removeHandler(channel);
  };
}

/** Relays engine events to the window (dropped while there is none, e.g. during a macOS re-open). */
export function forwardEngineEvents(engine: Pick<EngineClient, 'onEvent'>, send: (channel: string, event: AppEvent) => void): () => void {
  return engine.onEvent((event) => send(CHANNELS.event, event));
}
