/**
 * The renderer's ClauseSearchApi over an EngineClient, method for method: what an
 * in-process host (the HTTP test bridge, scripts) hands to code written against
 * window.clauseSearch. It does no validation; a host exposed to anything but this
 * process validates first (src/main/ipc-validation.ts).
 */
import type { ClauseSearchApi } from '../../shared/app-api';
import type { EngineClient } from './engine-client';
import { ENGINE_METHODS, type EngineArgs, type EngineMethod } from './protocol';

export function clauseSearchApi(client: EngineClient): ClauseSearchApi {
  const methods = Object.fromEntries(
    ENGINE_METHODS.map((method) => [method, (...args: unknown[]) => client.call(method, args as EngineArgs<EngineMethod>)]),
  ) as Omit<ClauseSearchApi, 'onEvent'>;
  return { ...methods, onEvent: (listener) => client.onEvent(listener) };
}
