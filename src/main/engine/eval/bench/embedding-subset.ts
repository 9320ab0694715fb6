/**
 * The embedding bench's corpus: the first CUAD contracts (sorted by name) ingested into
 * their own database until they hold at least `minChunks` chunks. Whole files, not a cut
 * list of chunks, so the embedding phase runs exactly as after a user's ingest; the
 * lexical phase of the same files is timed on the way, for a like-for-like rate.
 */
import path from 'node:path';
import { ClauseEngine } from '../../engine';

export interface EmbeddingSubset {
  engine: ClauseEngine;
  files: string[];
  chunks: number;
  /** Wall time of the lexical phase (text, clauses, chunks, FTS5) for these files. */
  lexicalMs: number;
}

export async function ingestEmbeddingSubset(corpusFiles: readonly string[], minChunks: number, dbFile: string): Promise<EmbeddingSubset> {
  const engine = ClauseEngine.open(dbFile);
  const countChunks = engine.db.prepare('SELECT COUNT(*) FROM chunks').pluck();
  const files: string[] = [];
  let chunks = 0;
  let lexicalMs = 0;
  try {
    for (const file of corpusFiles) {
      if (chunks >= minChunks) break;
      const started = performance.now();
      await engine.ingest([file], { embed: false });
      lexicalMs += performance.now() - started;
      files.push(file);
      chunks = countChunks.get() as number;
    }
  } catch (err) {
    engine.close();
    throw err;
  }
  if (chunks === 0) {
    engine.close();
    throw new Error(`No chunks came from ${files.map((f) => path.basename(f)).join(', ') || 'the CUAD files'}.`);
  }
  return { engine, files, chunks, lexicalMs };
}
