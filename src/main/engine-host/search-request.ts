/**
 * A window's search request → the engine's options: the request's own numbers win, the
 * rest comes from the settings, and the mode steps down to what the loaded models allow
 * (the response's `mode` says what actually ran, and modelStatus says why).
 */
import type { ModelStatus, SearchMode } from '../../shared/api';
import type { AppSettings, SearchRequest } from '../../shared/app-api';
import type { EngineSearchOptions } from '../engine/engine';
import { bestAvailableMode } from '../engine/engine-models';

/** A window asks for the full pipeline unless it says otherwise. */
export function usableMode(asked: SearchMode | undefined, status: ModelStatus): SearchMode {
  return bestAvailableMode(asked ?? 'full', status);
}

export function searchOptionsFor(request: SearchRequest, settings: AppSettings, status: ModelStatus): EngineSearchOptions {
  return {
    mode: usableMode(request.mode, status),
    topK: request.topK ?? settings.topK,
    topN: request.topN ?? settings.topN,
    rrfK: settings.rrfK,
    lexicalWeight: settings.lexicalWeight,
    semanticWeight: settings.semanticWeight,
    documentIds: request.documentIds,
    autoScope: request.autoScope,
  };
}
