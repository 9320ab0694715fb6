/**
 * An in-memory index of the stored chunk vectors for the unfiltered semantic stage: an int8
 * copy of each vector (one scale per vector) scanned in full by WebAssembly SIMD against an
 * int16 copy of the query, so the ranking is that of the float vectors up to quantisation
 * (recall@100 against the exact float scan is in the scale bench). Per vector that is d bytes
 * plus 12 (norm, scale, clause): about 200 MB for 500k vectors of 384; the float vectors stay
 * in SQLite, which remains the source of truth. A binary (sign) code scanned by Hamming
 * distance first was 3× faster but needed a fifth of the library rescored to reach 0.95
 * recall on clustered vectors, and sqlite-vec reads single vectors back at ~3 ms each at
 * 500k, too slow for a float rescoring pass. The index follows the store through the
 * vector_changes log (migration 0009): before each search it applies the changes logged since
 * it was built, or rebuilds when they are too many or were pruned. Nothing is persisted, so
 * after a crash it is simply rebuilt on first use.
 */
import type { Database } from 'better-sqlite3';
import { readEmbeddingModel, vectorTableExists } from '../store/vector-model';
import { iterateChunkVectors, lastVectorChange, pruneVectorChanges, readChunkVectors, vectorChangesSince, type StoredChunkVector } from '../store/vector-reader';
import { createInt8VectorStore, type Int8VectorStore } from './int8-dot-wasm';

export interface IndexHit {
  clauseId: number;
  /** Cosine distance 1 - cos, from the int8 copy (within about 1e-3 of the float one). */
  distance: number;
}

/** Chunks looked at per clause wanted before widening: long clauses have several windows near the query. */
const CHUNKS_PER_RESULT = 4;
/** Cosine buckets of the selection pass. */
const BUCKETS = 4096;
/** Changes applied one by one up to this share of the index; beyond it a rebuild is cheaper. */
const INCREMENTAL_SHARE = 0.1;
/** Rows of the change log kept for other connections' indexes. */
const LOG_KEEP = 200_000;

export class ChunkVectorIndex {
  private count = 0;
  private dimension = 0;
  private vectors: Int8VectorStore | null = null;
  private scales = new Float32Array(0);
  private norms = new Float32Array(0);
  private clauseIds = new Int32Array(0);
  private dots = new Int32Array(0);
  private slotOf = new Map<number, number>();
  private live = 0;
  private appliedSeq = -1;
  private modelKey = '';
  /** How the index last came up to date: for the bench and tests. */
  lastRefresh: { kind: 'current' | 'incremental' | 'rebuilt'; ms: number; changes: number } = { kind: 'current', ms: 0, changes: 0 };

  constructor(
    private readonly db: Database,
    /** False forces the plain-JS scan (tests compare the two). */
    private readonly allowSimd = true,
  ) {}

  get size(): number {
    return this.live;
  }

  get simd(): boolean {
    return this.vectors?.simd ?? false;
  }

  /** Brings the index up to the stored vectors; cheap (one indexed read) when nothing changed. */
  refresh(): void {
    const started = performance.now();
    const recorded = readEmbeddingModel(this.db);
    const key = recorded && vectorTableExists(this.db) ? `${recorded.modelId}\u0000${recorded.dimension}` : '';
    const seq = lastVectorChange(this.db);
    if (key === this.modelKey && seq === this.appliedSeq) {
      this.lastRefresh = { kind: 'current', ms: performance.now() - started, changes: 0 };
      return;
    }
    const pending = seq - this.appliedSeq;
    const changes = key === this.modelKey && this.appliedSeq >= 0 && pending <= Math.max(1000, this.live * INCREMENTAL_SHARE)
      ? vectorChangesSince(this.db, this.appliedSeq, pending)
      : null;
    if (changes === null) {
      this.rebuild(key, recorded?.dimension ?? 0);
      this.lastRefresh = { kind: 'rebuilt', ms: performance.now() - started, changes: pending };
    } else {
      this.applyChanges(changes);
      this.lastRefresh = { kind: 'incremental', ms: performance.now() - started, changes: changes.length };
    }
    if (seq > LOG_KEEP * 2) pruneVectorChanges(this.db, LOG_KEEP);
  }

  private rebuild(key: string, dimension: number): void {
    this.db.transaction(() => {
      this.modelKey = key;
      this.appliedSeq = lastVectorChange(this.db);
      this.reset(dimension);
      if (key === '') return;
      for (const row of iterateChunkVectors(this.db)) {
        const v = toFloats(row.embedding, dimension);
        if (v !== null) this.store(row.chunkId, row.clauseId, v);
      }
    })();
  }

  private reset(dimension: number): void {
    this.dimension = dimension;
    this.count = 0;
    this.live = 0;
    this.vectors = dimension > 0 ? createInt8VectorStore(dimension, this.allowSimd) : null;
    this.scales = new Float32Array(0);
    this.norms = new Float32Array(0);
    this.clauseIds = new Int32Array(0);
    this.dots = new Int32Array(0);
    this.slotOf = new Map();
  }

  private grow(extra: number): void {
    if (this.count + extra <= this.scales.length) return;
    const capacity = Math.max(this.count + extra, Math.ceil(this.scales.length * 1.5), 4096);
    this.vectors!.reserve(capacity);
    const copy = <T extends Float32Array | Int32Array>(next: T, from: T) => {
      next.set(from);
      return next;
    };
    this.scales = copy(new Float32Array(capacity), this.scales);
    this.norms = copy(new Float32Array(capacity), this.norms);
    this.clauseIds = copy(new Int32Array(capacity), this.clauseIds);
    this.dots = new Int32Array(capacity);
  }

  /** Stores a vector's int8 copy in its chunk's slot (a new one if the chunk had none); undefined for a zero vector. */
  private store(chunkId: number, clauseId: number, v: Float32Array): number | undefined {
    let norm = 0;
    let max = 0;
    for (let i = 0; i < this.dimension; i++) {
      norm += v[i]! * v[i]!;
      max = Math.max(max, Math.abs(v[i]!));
    }
    if (norm === 0) {
      this.remove(chunkId); // no direction, no distance: never ranked
      return undefined;
    }
    let slot = this.slotOf.get(chunkId);
    if (slot === undefined) {
      this.grow(1);
      slot = this.count++;
      this.slotOf.set(chunkId, slot);
      this.live++;
    }
    const scale = max / 127;
    const target = this.vectors!.slot(slot);
    for (let i = 0; i < this.dimension; i++) target[i] = Math.round(v[i]! / scale);
    this.scales[slot] = scale;
    this.norms[slot] = Math.sqrt(norm);
    this.clauseIds[slot] = clauseId;
    return slot;
  }

  /** A removed chunk keeps its slot, marked dead (clause -1), until the next rebuild. */
  private remove(chunkId: number): void {
    const slot = this.slotOf.get(chunkId);
    if (slot === undefined) return;
    this.slotOf.delete(chunkId);
    this.clauseIds[slot] = -1;
    this.live--;
  }

  private applyChanges(changes: ReadonlyArray<{ seq: number; chunkId: number; embedded: number }>): void {
    const latest = new Map<number, number>();
    for (const c of changes) latest.set(c.chunkId, c.embedded);
    const written = [...latest].filter(([, e]) => e === 1).map(([id]) => id);
    for (const [id, embedded] of latest) if (embedded === 0) this.remove(id);
    // A chunk logged as written may have gone since (deleted later in the log, or its document replaced): only stored vectors count.
    const stored = new Map(readChunkVectors(this.db, written).map((row) => [row.chunkId, row] as [number, StoredChunkVector]));
    for (const id of written) {
      const row = stored.get(id);
      const v = row ? toFloats(row.embedding, this.dimension) : null;
      if (!(row && v && this.store(id, row.clauseId, v) !== undefined)) this.remove(id);
    }
    this.appliedSeq = changes.length > 0 ? changes[changes.length - 1]!.seq : this.appliedSeq;
    // Too many dead slots cost scan time for nothing: start afresh.
    if (this.count > 1024 && this.live < this.count * 0.8) this.rebuild(this.modelKey, this.dimension);
  }

  /** The `limit` clauses nearest the query by their nearest chunk, nearest first (ties by clause id). */
  search(query: Float32Array, limit: number): IndexHit[] {
    if (query.length !== this.dimension || this.live === 0 || limit < 1 || this.vectors === null) return [];
    let qNorm = 0;
    let qMax = 0;
    for (let i = 0; i < query.length; i++) {
      qNorm += query[i]! * query[i]!;
      qMax = Math.max(qMax, Math.abs(query[i]!));
    }
    if (qNorm === 0) return [];
    qNorm = Math.sqrt(qNorm);
    // The query as int16: its rounding error is 256× below the stored int8 copies'.
    const qScale = qMax / 32767;
    const q16 = new Int16Array(this.vectors.stride);
    for (let i = 0; i < query.length; i++) q16[i] = Math.round(query[i]! / qScale);
    this.vectors.dots(q16, this.count, this.dots);
    // One pass: cosines and their bucket counts over [-1, 1] (bucket 0 nearest); dead slots get -2 and no bucket.
    const cosines = new Float32Array(this.count);
    const histogram = new Uint32Array(BUCKETS + 1);
    const { dots, scales, norms, clauseIds } = this;
    const factor = qScale / qNorm;
    const half = BUCKETS / 2;
    for (let s = 0; s < this.count; s++) {
      if (clauseIds[s]! < 0) {
        cosines[s] = -2;
        continue;
      }
      const c = (dots[s]! * scales[s]! * factor) / norms[s]!;
      cosines[s] = c;
      histogram[bucketOf(c, half)]!++;
    }
    for (let wanted = limit * CHUNKS_PER_RESULT; ; wanted *= 4) {
      const slots = nearestSlots(cosines, histogram, Math.min(wanted, this.live));
      const best = new Map<number, number>();
      for (const s of slots) {
        const distance = 1 - cosines[s]!;
        const clauseId = this.clauseIds[s]!;
        const seen = best.get(clauseId);
        if (seen === undefined || distance < seen) best.set(clauseId, distance);
      }
      if (best.size >= limit || slots.length >= this.live) {
        return [...best]
          .sort((a, b) => a[1] - b[1] || a[0] - b[0])
          .slice(0, limit)
          .map(([clauseId, distance]) => ({ clauseId, distance }));
      }
    }
  }
}

/** Bucket of a cosine: 0 for 1, BUCKETS for -1 and below. */
function bucketOf(c: number, half: number): number {
  const b = ((1 - c) * half) | 0;
  return b < 0 ? 0 : b > 2 * half ? 2 * half : b;
}

/** The slots of the `n` largest cosines (dead slots are never taken; ties at the cut all come along), from the bucket counts. */
function nearestSlots(cosines: Float32Array, histogram: Uint32Array, n: number): Int32Array {
  let cut = 0;
  let taken = 0;
  while (cut < histogram.length - 1 && taken + histogram[cut]! < n) taken += histogram[cut++]!;
  const total = taken + histogram[cut]!;
  const half = (histogram.length - 1) / 2;
  const out = new Int32Array(total);
  let k = 0;
  // Cosine threshold of bucket `cut`: every slot at or above it is in a bucket ≤ cut.
  const floor = 1 - (cut + 1) / half;
  for (let s = 0; s < cosines.length && k < total; s++) {
    const c = cosines[s]!;
    if (c > floor - 1e-6 && c >= -1.5 && bucketOf(c, half) <= cut) out[k++] = s;
  }
  return out.subarray(0, k);
}

function toFloats(blob: Buffer, dimension: number): Float32Array | null {
  if (blob.byteLength !== dimension * 4) return null;
  // Copy: the blob's memory belongs to SQLite's row and may not be 4-byte aligned.
  const out = new Float32Array(dimension);
  new Uint8Array(out.buffer).set(blob);
  return out;
}
