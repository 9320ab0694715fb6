/**
 * Section "embedding-ingest": ingest's second phase, chunks → bi-encoder vectors → vec0,
 * through the engine's own EmbeddingIndexer (batches, length grouping, one transaction
 * per batch), int8 then fp32 on the same chunks, beside the lexical phase's rate.
 */
import path from 'node:path';
import { readPendingChunks } from '../../embeddings/chunk-source';
import { EmbeddingIndexer } from '../../embeddings/embedding-indexer';
import { modelInput } from '../../embeddings/model-input';
import type { ModelVariant } from '../../models/types';
import { fmtGflops, fmtMs, fmtPercentOf, fmtRate } from './bench-format';
import { loadBenchEmbedder, missingVariantNotes, variantsIn } from './bench-models';
import type { BenchSection } from './bench-section';
import { perSecond } from './bench-stats';
import { ingestEmbeddingSubset } from './embedding-subset';
import { encoderFlops, gflopsPerSecond } from './encoder-flops';

const VARIANTS: readonly ModelVariant[] = ['int8', 'fp32'];
/** Texts embedded untimed before each variant's run: session start-up is a once-per-app cost. */
const WARM_UP_TEXTS = 32;

interface EmbedRun {
  variant: ModelVariant;
  modelId: string;
  embedded: number;
  ms: number;
  chunksPerSec: number;
  gflops: number;
}

export const embeddingIngestSection: BenchSection = {
  name: 'embedding-ingest',
  title: 'embedding-ingest: bi-encoder (MiniLM-L6-H384) embedding phase vs lexical phase',
  async run(ctx) {
    const models = await ctx.models();
    const peak = await ctx.machinePeak();
    const corpus = await ctx.cuadCorpus();
    const subset = await ingestEmbeddingSubset(corpus.files, ctx.scale.embedChunks, path.join(ctx.workDir, 'embed-subset.db'));
    const runs: EmbedRun[] = [];
    const variants = variantsIn(models, 'bi-encoder', VARIANTS);
    let tokens: number[] = [];
    try {
      const inputs = readPendingChunks(subset.engine.db, 0, subset.chunks).map(modelInput);
      for (const variant of variants.present) {
        ctx.log(`embedding-ingest: ${variant}, ${subset.chunks} chunks`);
        const embedder = await loadBenchEmbedder(models, variant);
        try {
          // What the model reads per chunk: its WordPiece tokens plus [CLS] and [SEP], cut at the model's limit.
          if (tokens.length === 0) tokens = inputs.map((text) => Math.min(embedder.tokenizer.tokenize(text).ids.length + 2, embedder.maxLength));
          await embedder.embed(inputs.slice(0, WARM_UP_TEXTS));
          const started = performance.now();
          const result = await new EmbeddingIndexer(subset.engine.db, embedder).run();
          const ms = performance.now() - started;
          const flops = tokens.reduce((sum, s) => sum + encoderFlops(s), 0);
          runs.push({ variant, modelId: embedder.modelId, embedded: result.embedded, ms, chunksPerSec: perSecond(result.embedded, ms), gflops: gflopsPerSecond(flops, ms) });
        } finally {
          await embedder.dispose();
        }
      }
    } finally {
      subset.engine.close();
    }

    const corpusChunks = corpus.engine.db.prepare('SELECT COUNT(*) FROM chunks').pluck().get() as number;
    const subsetLexicalRate = perSecond(subset.chunks, subset.lexicalMs);
    const corpusLexicalRate = perSecond(corpusChunks, corpus.ingest.totalMs);
    const meanTokens = tokens.reduce((a, b) => a + b, 0) / tokens.length;
    const rows = [
      ...runs.map((r) => [`embedding (${r.variant})`, String(r.embedded), fmtMs(r.ms), fmtRate(r.chunksPerSec), fmtGflops(r.gflops), fmtPercentOf(r.gflops, peak.gflops)]),
      ['lexical, same files', String(subset.chunks), fmtMs(subset.lexicalMs), fmtRate(subsetLexicalRate), '-', '-'],
      [`lexical, ${corpus.files.length} CUAD files (txt-ingest)`, String(corpusChunks), fmtMs(corpus.ingest.totalMs), fmtRate(corpusLexicalRate), '-', '-'],
    ];
    const int8 = runs.find((r) => r.variant === 'int8');
    return {
      tables: [{ header: ['phase', 'chunks', 'wall', 'chunks/s', 'GFLOP/s', '% of peak'], rows }],
      notes: [
        models.describe,
        `Subset: the ${subset.chunks} chunks of the first ${subset.files.length} CUAD contracts sorted by name (the first files holding at least ${ctx.scale.embedChunks} chunks), ingested into their own database; ${meanTokens.toFixed(0)} model tokens per chunk on average ([CLS] and [SEP] included).`,
        `Embedding: EmbeddingIndexer.run() as ingest runs it (batches of 32 grouped by length, vectors written to vec0 one transaction per batch), ${WARM_UP_TEXTS} texts embedded untimed first; a second variant re-embeds the same chunks (a model change resets them).`,
        `GFLOP/s = Σ F(tokens per chunk) / wall time, padding not counted; % of the machine-peak FP32 GEMM rate (${fmtGflops(peak.gflops)} GFLOP/s), which int8 arithmetic can pass.`,
        int8 === undefined || !(corpusLexicalRate > 0)
          ? 'Lexical phase: text, clauses, chunks and FTS5, from the same files and from txt-ingest.'
          : `Lexical phase: text, clauses, chunks and FTS5; embedding (int8) is ${fmtRate(corpusLexicalRate / int8.chunksPerSec)}× slower per chunk than txt-ingest's lexical phase, which is why search opens before embeddings finish.`,
        ...missingVariantNotes('bi-encoder', variants.missing),
      ],
      json: {
        models: { dir: models.dir, generated: models.generated },
        subset: { files: subset.files.map((f) => path.basename(f)), chunks: subset.chunks, meanTokens, lexicalMs: subset.lexicalMs, lexicalChunksPerSec: subsetLexicalRate },
        embedding: runs,
        lexicalCorpus: { files: corpus.files.length, chunks: corpusChunks, ms: corpus.ingest.totalMs, chunksPerSec: corpusLexicalRate },
        peakGflops: peak.gflops,
      },
    };
  },
};
