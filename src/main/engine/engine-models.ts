import type { Database } from 'better-sqlite3';
import type { ModelStatus, SearchMode } from '../../shared/api';
import { loadModels, type LoadModelsOptions } from './models';
import type { Embedder } from './models/types';
import { CrossEncoderReranker } from './search/rerank';
import { useEmbeddingModel } from './store/vector-model';

/** The models an engine has loaded, and what to tell the user about them. */
export interface EngineModels {
  embedder: Embedder | null;
  reranker: CrossEncoderReranker | null;
  status: ModelStatus;
}

export const NO_MODELS: EngineModels = {
  embedder: null,
  reranker: null,
  status: {
    semantic: false,
    rerank: false,
    device: null,
    problems: ['No models folder is set: search is lexical only. Add models (a folder with bi-encoder/ and cross-encoder/) to turn on semantic search and re-ranking.'],
    notes: [],
  },
};

/**
 * Loads a models folder for a database: records the bi-encoder so stored vectors are
 * checked against it (a different model means a re-embed), and gives the cross-encoder
 * a re-ranker that caches its scores in the same database.
 */
export async function loadEngineModels(db: Database, modelsDir: string, options: LoadModelsOptions = {}): Promise<EngineModels> {
  const loaded = await loadModels(modelsDir, options);
  if (loaded.embedder) useEmbeddingModel(db, { modelId: loaded.embedder.modelId, dimension: loaded.embedder.dimension });
  const device = loaded.embedder?.device ?? loaded.scorer?.device ?? null;
  return {
    embedder: loaded.embedder,
    reranker: loaded.scorer ? new CrossEncoderReranker(loaded.scorer, { cache: db }) : null,
    status: {
      semantic: loaded.embedder !== null,
      rerank: loaded.scorer !== null,
      device: device ? `${device.provider} (${device.intraOpThreads} threads)` : null,
      problems: loaded.problems,
      notes: loaded.notes,
    },
  };
}

/** The mode asked for, or the best one the loaded models allow: full needs both models, hybrid the bi-encoder. */
export function bestAvailableMode(asked: SearchMode, status: ModelStatus): SearchMode {
  if (asked === 'lexical' || !status.semantic) return 'lexical';
  return asked === 'full' && !status.rerank ? 'hybrid' : asked;
}
