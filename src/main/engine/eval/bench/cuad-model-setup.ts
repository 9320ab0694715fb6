/**
 * Turns the shared CUAD database into one that answers hybrid and full searches: the
 * engine loads the MiniLM models (int8 on the CPU, as the app does there) for the query
 * embedding and the re-rank, and the chunk vectors come from the hashed stand-in under
 * the bi-encoder's own id and dimension (see stand-in-embedder.ts for why that times
 * the kNN correctly).
 */
import type { ClauseEngine } from '../../engine';
import { EmbeddingIndexer } from '../../embeddings/embedding-indexer';
import { readEmbeddingModel } from '../../store/vector-model';
import { ENGINE_CPU_OPTIONS, type BenchModels } from './bench-models';
import { standInEmbedder } from './stand-in-embedder';

/** Stand-in vectors cost microseconds each: big batches keep the transactions few. */
const FILL_BATCH = 512;

export interface CuadModelSetup {
  /** "cpu (2 threads)". */
  device: string | null;
  modelId: string;
  dimension: number;
  vectors: number;
  fillMs: number;
}

export async function prepareCuadForModels(engine: ClauseEngine, models: BenchModels): Promise<CuadModelSetup> {
  const status = await engine.loadModels(models.dir, ENGINE_CPU_OPTIONS);
  if (!status.semantic || !status.rerank) throw new Error(status.problems.join(' '));
  const recorded = readEmbeddingModel(engine.db);
  if (recorded === null) throw new Error('Loading the bi-encoder recorded no embedding model in the CUAD database.');
  const started = performance.now();
  const result = await new EmbeddingIndexer(engine.db, standInEmbedder(recorded.modelId, recorded.dimension), { batchSize: FILL_BATCH }).run();
  return { device: status.device, modelId: recorded.modelId, dimension: recorded.dimension, vectors: result.done, fillMs: performance.now() - started };
}
