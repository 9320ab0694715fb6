/**
 * The messages between the main process (EngineClient) and the engine worker.
 *
 *   main → worker   { seq, method, args }                 one request; seq is unique per worker
 *   worker → main   { kind: 'response', seq, ok: true, result }
 *                   { kind: 'response', seq, ok: false, error: { name, message } }
 *                   { kind: 'event', event }              an AppEvent, pushed at any time
 *
 * The engine methods are exactly the renderer's ClauseSearchApi (minus onEvent), so the
 * types below are derived from it and cannot drift; `open` and `close` are the client's
 * own control requests. Everything is structured-clone data.
 */
import type { AppEvent, ClauseSearchApi } from '../../shared/app-api';
import { API_METHODS, type ApiMethod } from '../../shared/desktop-bridge';

export type EngineMethod = ApiMethod;
export type EngineArgs<M extends EngineMethod> = Parameters<ClauseSearchApi[M]>;
export type EngineResult<M extends EngineMethod> = Awaited<ReturnType<ClauseSearchApi[M]>>;

/** Every engine method (the list the preload exposes; it fails to compile if one is missing). */
export const ENGINE_METHODS = API_METHODS;

/** What the worker needs to start: sent as the first request after every (re)start. */
export interface OpenOptions {
  databasePath: string;
  /** The models folder used while the settings file names none; null = lexical only. */
  defaultModelsDir: string | null;
  settingsPath: string;
  appVersion: string;
  /** Plain model-loading options (tests pin the CPU). */
  modelOptions?: { device?: 'auto' | 'cpu'; threads?: number };
  /** The key of an encrypted library (main keeps it with the OS's safeStorage); absent = plain. */
  key?: string;
}

export interface ControlCalls {
  open: { args: [OpenOptions]; result: void };
  /** Cancels jobs and closes the database; the worker then waits to be terminated. */
  close: { args: []; result: void };
}
export type ControlMethod = keyof ControlCalls;

export type RequestMethod = EngineMethod | ControlMethod;

export interface EngineRequest {
  seq: number;
  method: RequestMethod;
  args: unknown[];
}

export interface WireError {
  name: string;
  message: string;
}

export type EngineResponse =
  | { kind: 'response'; seq: number; ok: true; result: unknown }
  | { kind: 'response'; seq: number; ok: false; error: WireError };

export interface EngineEventMessage {
  kind: 'event';
  event: AppEvent;
}

export type WorkerMessage = EngineResponse | EngineEventMessage;

const REQUEST_METHODS: ReadonlySet<string> = new Set<string>([...ENGINE_METHODS, 'open', 'close']);

/** The worker trusts only its parent, but a malformed message must never crash it. */
export function isEngineRequest(value: unknown): value is EngineRequest {
  if (typeof value !== 'object' || value === null) return false;
  const { seq, method, args } = value as Record<string, unknown>;
  return Number.isSafeInteger(seq) && typeof method === 'string' && REQUEST_METHODS.has(method) && Array.isArray(args);
}
