/**
 * The worker's side of the protocol (protocol.ts): takes requests from the parent port,
 * runs them on the EngineService, answers each with its seq, and pushes the service's
 * events. Requests run concurrently, as they arrive: a search does not wait behind an
 * ingest (the service queues long work itself), and a newer search can cancel an older one.
 */
import type { AppEvent } from '../../shared/app-api';
import { EngineService } from './engine-service';
import { isEngineRequest, type EngineRequest, type OpenOptions, type WorkerMessage } from './protocol';
import { toWireError } from './wire-error';

/** The parts of a worker_threads MessagePort the server uses. */
export interface ServerPort {
  on(event: 'message', listener: (message: unknown) => void): unknown;
  postMessage(message: WorkerMessage): void;
}

export function serveEngine(port: ServerPort): void {
  let service: EngineService | null = null;
  let openFailure: unknown = null;
  let databasePath = '';
  const emit = (event: AppEvent) => port.postMessage({ kind: 'event', event });

  async function dispatch({ method, args }: EngineRequest): Promise<unknown> {
    if (method === 'open') {
      const options = args[0] as OpenOptions;
      databasePath = options.databasePath;
      try {
        service = EngineService.open(options, emit);
      } catch (error) {
        // Keep answering: every later call reports why the library could not be opened.
        openFailure = error;
        throw error;
      }
      return undefined;
    }
    if (method === 'close') {
      await service?.close();
      service = null;
      return undefined;
    }
    if (!service) throw openFailure ?? new Error('The search engine is not open.');
    const handler = service[method] as (...callArgs: unknown[]) => Promise<unknown>;
    return handler.apply(service, args);
  }

  port.on('message', (message) => {
    // Only the parent can post here, but a malformed message must not take the engine down.
    if (!isEngineRequest(message)) return;
    const { seq } = message;
    dispatch(message).then(
      (result) => port.postMessage({ kind: 'response', seq, ok: true, result }),
      (error: unknown) => port.postMessage({ kind: 'response', seq, ok: false, error: toWireError(error, databasePath) }),
    );
  });
}
