/**
 * The main process's handle on the engine worker (Signal Desktop's sql/main.ts, in
 * spirit): numbered requests, one promise per request, events fanned out to listeners,
 * slow requests logged with their duration, and a fresh worker when the old one dies.
 * Plain Node: the Electron main process and the HTTP test bridge both use it.
 *
 * A worker that dies takes only its in-flight calls with it (they reject with a plain
 * sentence, name 'EngineRestartedError'); the database is intact because every write
 * is a transaction, and jobs that were running end with a job-done event.
 */
import { Worker } from 'node:worker_threads';
import type { AppEvent } from '../../shared/app-api';
import type { EngineArgs, EngineMethod, EngineRequest, EngineResult, OpenOptions, RequestMethod, WorkerMessage } from './protocol';
import { settingsPathFor } from './settings-limits';
import { ERROR_NAMES, fromWireError, namedError } from './wire-error';
import { defaultWorkerSpec, type WorkerSpec } from './worker-spec';

export interface EngineLogger {
  warn(message: string): void;
  error(message: string): void;
}

export interface EngineClientOptions {
  /** The library database (created if missing). */
  databasePath: string;
  /** Models folder used until the settings name one; null or absent = lexical only. */
  modelsDir?: string | null;
  /** Settings JSON; default settings.json beside the database. */
  settingsPath?: string;
  /** Reported by info(); default 'dev'. */
  appVersion?: string;
  /** Plain model-loading options (tests pin { device: 'cpu' }). */
  modelOptions?: OpenOptions['modelOptions'];
  /** The key of an encrypted library, handed to the worker at every (re)start. */
  key?: string;
  /** Which worker file to run; default: from source under tsx, or out/main/engine-worker.js when built. */
  worker?: WorkerSpec;
  /** Default console. */
  logger?: EngineLogger;
  /** Requests slower than this are logged with their duration (default 200 ms). */
  slowRequestMs?: number;
  /** Restarts allowed within restartWindowMs before the client gives up (default 3 in 60 s). */
  maxRestarts?: number;
  restartWindowMs?: number;
}

interface Pending {
  method: RequestMethod;
  startedAt: number;
  resolve(value: unknown): void;
  reject(error: Error): void;
}

const CLOSE_TIMEOUT_MS = 5000;

export class EngineClient {
  private readonly open: OpenOptions;
  private readonly spec: WorkerSpec;
  private readonly logger: EngineLogger;
  private readonly slowRequestMs: number;
  private readonly maxRestarts: number;
  private readonly restartWindowMs: number;
  private readonly listeners = new Set<(event: AppEvent) => void>();
  private readonly pending = new Map<number, Pending>();
  /** Jobs that have started and not yet sent job-done: ended for the window if the worker dies. */
  private readonly activeJobs = new Set<string>();
  private readonly restarts: number[] = [];
  private worker: Worker | null = null;
  private nextSeq = 1;
  private lastWorkerError: Error | null = null;
  private closing = false;
  /** Set when the worker keeps dying: every call rejects with this sentence. */
  private brokenMessage: string | null = null;

  constructor(options: EngineClientOptions) {
    this.open = {
      databasePath: options.databasePath,
      defaultModelsDir: options.modelsDir ?? null,
      settingsPath: options.settingsPath ?? settingsPathFor(options.databasePath),
      appVersion: options.appVersion ?? 'dev',
      modelOptions: options.modelOptions,
      ...(options.key === undefined ? {} : { key: options.key }),
    };
    this.spec = options.worker ?? defaultWorkerSpec();
    this.logger = options.logger ?? console;
    this.slowRequestMs = options.slowRequestMs ?? 200;
    this.maxRestarts = options.maxRestarts ?? 3;
    this.restartWindowMs = options.restartWindowMs ?? 60_000;
    this.start();
  }

  /** Calls an engine method in the worker; rejects with an Error whose name and message come from the worker. */
  call<M extends EngineMethod>(method: M, args: EngineArgs<M>): Promise<EngineResult<M>> {
    return this.send(method, args) as Promise<EngineResult<M>>;
  }

  /** Listens to every AppEvent (job progress, stage-1 lists, restarts); returns the unsubscribe. */
  onEvent(listener: (event: AppEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Kills the worker thread the way a crash would: in-flight calls reject and a fresh
   * worker opens the same database. For tests, and for an engine that stopped answering.
   */
  async terminateWorker(): Promise<void> {
    await this.worker?.terminate();
  }

  /** Cancels jobs, closes the database in the worker and ends the thread. Calls made afterwards reject. */
  async close(): Promise<void> {
    if (this.closing) return;
    const worker = this.worker;
    const closed = worker ? this.send('close', []).catch(() => undefined) : Promise.resolve();
    this.closing = true;
    await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, CLOSE_TIMEOUT_MS).unref())]);
    await worker?.terminate();
    this.worker = null;
    this.rejectAll(namedError(ERROR_NAMES.closed, 'The search engine has been shut down.'));
  }

  private send(method: RequestMethod, args: unknown[]): Promise<unknown> {
    if (this.closing) return Promise.reject(namedError(ERROR_NAMES.closed, 'The search engine has been shut down.'));
    if (this.brokenMessage || !this.worker) return Promise.reject(namedError(ERROR_NAMES.restarted, this.brokenMessage ?? 'The search engine is not running.'));
    const seq = this.nextSeq++;
    const request: EngineRequest = { seq, method, args };
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { method, startedAt: performance.now(), resolve, reject });
      this.worker!.postMessage(request);
    });
  }

  private start(): void {
    this.lastWorkerError = null;
    const worker = new Worker(this.spec.file, { workerData: this.spec.workerData, execArgv: this.spec.execArgv });
    this.worker = worker;
    worker.on('message', (message: WorkerMessage) => this.receive(message));
    worker.on('error', (error) => {
      this.lastWorkerError = error;
      this.logger.error(`engine: the worker failed: ${error.stack ?? error.message}`);
    });
    worker.on('exit', (code) => this.exited(worker, code));
    // Sent first on every start; the worker opens synchronously, before any later request runs.
    // A failure to open is kept by the worker and answered to every call, so it is only logged here.
    this.send('open', [this.open]).catch((error: Error) => this.logger.error(`engine: ${error.message}`));
  }

  private receive(message: WorkerMessage): void {
    if (message.kind === 'event') {
      this.track(message.event);
      this.dispatch(message.event);
      return;
    }
    const call = this.pending.get(message.seq);
    if (!call) return;
    this.pending.delete(message.seq);
    const now = performance.now();
    const ms = now - call.startedAt;
    if (ms > this.slowRequestMs) this.logger.warn(`engine: slow request ${call.method} took ${Math.round(ms)} ms`);
    // Calls sent while the worker was starting waited for it; time them from here, so the
    // start-up cost is logged once (as `open`) rather than charged to each of them.
    if (call.method === 'open') for (const other of this.pending.values()) other.startedAt = now;
    if (message.ok) {
      if (call.method === 'addPaths') this.activeJobs.add((message.result as { jobId: string }).jobId);
      call.resolve(message.result);
    } else {
      call.reject(fromWireError(message.error));
    }
  }

  private exited(worker: Worker, code: number): void {
    if (this.closing || worker !== this.worker) return;
    this.worker = null;
    const reason = this.lastWorkerError
      ? `The search engine stopped after an error (${this.lastWorkerError.message}).`
      : `The search engine stopped unexpectedly (exit code ${code}).`;
    this.logger.error(`engine: ${reason}`);
    this.rejectAll(namedError(ERROR_NAMES.restarted, 'The search engine stopped unexpectedly and was restarted; please try again.'));
    for (const jobId of this.activeJobs) this.dispatch({ type: 'job-done', jobId, cancelled: true, error: 'The search engine stopped while this job was running; add the files again to finish.' });
    this.activeJobs.clear();

    const now = Date.now();
    while (this.restarts.length > 0 && now - this.restarts[0]! > this.restartWindowMs) this.restarts.shift();
    if (this.restarts.length >= this.maxRestarts) {
      this.brokenMessage = 'The search engine keeps stopping; quit Clause Search and open it again.';
      this.logger.error(`engine: not restarting after ${this.restarts.length} restarts in ${this.restartWindowMs} ms.`);
      return;
    }
    this.restarts.push(now);
    this.start();
    this.dispatch({ type: 'engine-restarted', reason });
  }

  private rejectAll(error: Error): void {
    for (const call of this.pending.values()) call.reject(error);
    this.pending.clear();
  }

  private track(event: AppEvent): void {
    if (event.type === 'job-done') this.activeJobs.delete(event.jobId);
    else if ('jobId' in event) this.activeJobs.add(event.jobId);
  }

  private dispatch(event: AppEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        this.logger.error(`engine: an event listener threw: ${(error as Error).message}`);
      }
    }
  }
}
