import type { Database } from 'better-sqlite3';
import type { Embedder } from '../models/types';
import { readEmbeddingModel, useEmbeddingModel, type ModelChange } from '../store/vector-model';
import { storeChunkVectors, type ChunkVector } from '../store/vector-writer';
import { readPendingByIds, readPendingChunks, type PendingChunk } from './chunk-source';
import { embeddingTotals } from './embedding-status';
import { batchByLength } from '../models/length-batches';
import { modelInput } from './model-input';
import { writeTransaction } from '../store/write-lock';

/** What the indexer needs of a bi-encoder; a real `Embedder` is one. */
export type EmbeddingModel = Pick<Embedder, 'modelId' | 'dimension' | 'embed'>;

/** Library-wide progress after each batch: `done` of `total` chunks have a vector. */
export interface EmbeddingProgress {
  done: number;
  total: number;
  /** The document being embedded: that of the batch's earliest-ingested chunk. */
  documentId?: number;
}

export interface EmbeddingIndexerOptions {
  /** Chunks per model call (default 32). */
  batchSize?: number;
  /** Pending chunks are read this many batches at a time and grouped by length within that window (default 8). */
  batchesPerWindow?: number;
}

export interface EmbeddingRunOptions {
  /** Stops the run between batches; batches already written stay. */
  signal?: AbortSignal;
  onProgress?: (progress: EmbeddingProgress) => void;
}

export interface EmbeddingRunResult {
  modelChange: ModelChange;
  /** Chunks this run embedded. */
  embedded: number;
  /** Library-wide counts when the run ended. */
  done: number;
  total: number;
  cancelled: boolean;
}

interface Item {
  chunk: PendingChunk;
  input: string;
}

export const DEFAULT_EMBEDDING_BATCH_SIZE = 32;

/**
 * The second ingest phase: embeds every chunk not yet embedded with one model, a batch
 * per transaction (vectors + state), so a cancelled or killed run resumes where it
 * stopped. Safe beside ingest on the same connection: a chunk deleted or replaced while
 * its batch was in the model is skipped, not written, and picked up again if replaced.
 */
export class EmbeddingIndexer {
  private readonly batchSize: number;
  private readonly windowSize: number;

  constructor(
    private readonly db: Database,
    private readonly model: EmbeddingModel,
    options: EmbeddingIndexerOptions = {},
  ) {
    this.batchSize = options.batchSize ?? DEFAULT_EMBEDDING_BATCH_SIZE;
    if (!Number.isInteger(this.batchSize) || this.batchSize < 1) {
      throw new RangeError(`An embedding batch size must be a whole number of at least 1; got ${this.batchSize}.`);
    }
    this.windowSize = this.batchSize * Math.max(1, Math.floor(options.batchesPerWindow ?? 8));
  }

  async run(options: EmbeddingRunOptions = {}): Promise<EmbeddingRunResult> {
    const { signal, onProgress } = options;
    const modelChange = useEmbeddingModel(this.db, this.model);
    let embedded = 0;
    let { chunks: total, embedded: done } = embeddingTotals(this.db);
    const finish = (cancelled: boolean): EmbeddingRunResult => ({ modelChange, embedded, done, total, cancelled });

    // Pending chunks are read in id order from a cursor. At the end the walk starts over
    // from the first id: a chunk replaced while in the model was skipped, and a replaced
    // document's chunks may reuse ids behind the cursor. It ends when no chunk is pending.
    for (let afterId = 0; ; ) {
      if (signal?.aborted) return finish(true);
      const window = readPendingChunks(this.db, afterId, this.windowSize);
      if (window.length === 0) {
        if (afterId === 0) break;
        afterId = 0;
        continue;
      }
      afterId = window[window.length - 1]!.chunkId;
      ({ chunks: total, embedded: done } = embeddingTotals(this.db)); // ingest may run alongside
      const items = window.map((chunk) => ({ chunk, input: modelInput(chunk) }));
      for (const batch of batchByLength(items, this.batchSize, (item) => item.input.length)) {
        if (signal?.aborted) return finish(true);
        let vectors: Float32Array[];
        try {
          vectors = await this.model.embed(batch.map((item) => item.input), signal);
        } catch (error) {
          if (signal?.aborted) return finish(true);
          throw error;
        }
        const written = this.writeBatch(batch, vectors);
        embedded += written;
        done += written;
        const first = batch.reduce((a, b) => (b.chunk.chunkId < a.chunk.chunkId ? b : a));
        onProgress?.({ done, total, documentId: first.chunk.documentId });
      }
    }
    return finish(false);
  }

  /** One transaction: vectors of the chunks that still hold the text that was embedded, and their state. */
  private writeBatch(batch: readonly Item[], vectors: readonly Float32Array[]): number {
    if (vectors.length !== batch.length) {
      throw new Error(`The embedding model returned ${vectors.length} vectors for ${batch.length} texts.`);
    }
    return writeTransaction(this.db, () => {
      const recorded = readEmbeddingModel(this.db);
      if (recorded?.modelId !== this.model.modelId || recorded.dimension !== this.model.dimension) {
        throw new Error('The embedding model was changed while embedding was running; start embedding again.');
      }
      const current = readPendingByIds(this.db, batch.map((item) => item.chunk.chunkId));
      const fresh: ChunkVector[] = [];
      batch.forEach((item, i) => {
        const now = current.get(item.chunk.chunkId);
        // Chunk ids can be reused by a replaced document: compare the text, not just the id.
        if (now && modelInput(now) === item.input) fresh.push({ chunkId: item.chunk.chunkId, vector: vectors[i]! });
      });
      storeChunkVectors(this.db, this.model.dimension, fresh);
      return fresh.length;
    });
  }
}
