/**
 * Wires the real engine into the benchmark runners: each setup builds a throwaway
 * in-memory database, fills it through the engine's own paths and answers with it.
 * Nothing here looks at the data being scored beyond what a user's library would hold.
 */
import path from 'node:path';
import { ClauseEngine } from '../engine';
import { chunkClause } from '../ingest/chunk/chunk-clause';
import { lexicalSearchWithFeedback } from '../search/feedback/relevance-feedback';
import { lexicalSearch } from '../search/lexical-search';
import { parseQuery } from '../search/query/parse-query';
import type { ConfigurablePoolRanker } from './cv/ranking-config';
import { bm25Corpus, rankBm25, type Bm25Corpus } from './cv/own-bm25';
import type { SimilarPoolRanker } from './similar/run-acord-similar';
import { similarClauses } from '../similar/similar-clauses';
import { documentDefinitions, documentReferences } from '../store/definitions-store';
import { seededSample, type DefinitionsMeasurement, type DocumentLinkCounts, type LinkSample } from './definitions/run-definitions';
import { progressReporter } from './progress';
import type { AcordCorpusEntry, AcordSetup, EngineSetupOptions, EvalMode, LegalBenchSetup } from './retriever';

/** Candidates the fused list hands to the re-ranker, as in the product's default. */
const TOP_N = 100;

/** The bench's quality-latency section varies top_n; everything else takes the product default. */
export interface AcordSetupOptions extends EngineSetupOptions {
  topN?: number;
}

/** An engine with the models the mode needs; throws the engine's own sentence when one is off. */
async function openEngine(mode: EvalMode, opts: EngineSetupOptions): Promise<ClauseEngine> {
  const engine = ClauseEngine.open(':memory:');
  if (mode === 'lexical') return engine;
  if (!opts.modelsDir) throw new Error(`mode ${mode} needs --models DIR.`);
  const status = await engine.loadModels(opts.modelsDir);
  const needed = mode === 'full' ? status.semantic && status.rerank : status.semantic;
  if (!needed) {
    engine.close();
    throw new Error(status.problems.join(' '));
  }
  for (const note of status.notes) process.stderr.write(`${note}\n`);
  return engine;
}

/** The embedding phase, with progress on stderr: the slow part of a model-backed eval. */
async function embedAll(engine: ClauseEngine, label: string): Promise<void> {
  const report = progressReporter(`${label} embedding`, (t) => process.stderr.write(t), process.stderr.isTTY === true, 'chunk');
  await engine.embedPending({ onProgress: ({ done, total }) => report(done, total) });
}

/** ACORD entries are clauses already: each is stored as a one-clause document, chunked like any clause. */
export function createAcordSetup(mode: EvalMode, opts: AcordSetupOptions): AcordSetup {
  const topN = opts.topN ?? TOP_N;
  return async (corpus) => {
    const engine = await openEngine(mode, opts);
    const { clauseIdOf, externalIdOf } = loadAcordClauses(engine, corpus);
    if (mode !== 'lexical') await embedAll(engine, 'ACORD');
    return {
      async rankPool(query, poolIds) {
        const pool = poolIds.map((id) => clauseIdOf.get(id)).filter((id): id is number => id !== undefined);
        const rankedIds =
          mode === 'lexical'
            ? engine.rankLexical(query, pool.length, { clauseIds: pool }).map((hit) => hit.clauseId)
            : (await engine.search(query, { mode, clauseIds: pool, topN, topK: topN })).results.map((r) => r.clauseId);
        const ranked = rankedIds.map((id) => externalIdOf.get(id)!);
        // Clauses below the cut (or not matched at all) keep their pool order under the ranked ones.
        const seen = new Set(ranked);
        return [...ranked, ...poolIds.filter((id) => !seen.has(id))];
      },
      close: () => engine.close(),
    };
  };
}

/** Stores each ACORD entry as a one-clause document; returns the id maps both ways. */
export function loadAcordClauses(engine: ClauseEngine, corpus: readonly AcordCorpusEntry[]) {
  const clauseIdOf = new Map<string, number>();
  const externalIdOf = new Map<number, string>();
  const clauseOf = engine.db.prepare('SELECT id FROM clauses WHERE document_id = ?').pluck();
  engine.db.transaction(() => {
    for (const entry of corpus) {
      const clause = { charStart: 0, charEnd: entry.text.length };
      const documentId = engine.addPresegmentedDocument({
        path: `acord:${entry.id}`,
        title: entry.id,
        text: entry.text,
        clauses: [{ number: null, heading: null, path: [], level: 0, pageStart: 1, pageEnd: 1, ...clause, chunks: chunkClause(entry.text, clause) }],
      });
      const clauseId = clauseOf.get(documentId) as number;
      clauseIdOf.set(entry.id, clauseId);
      externalIdOf.set(clauseId, entry.id);
    }
  })();
  return { clauseIdOf, externalIdOf };
}

/** LegalBench-RAG documents go in whole through the normal ingest path; results are clause spans. */
export function createLegalBenchSetup(mode: EvalMode, opts: EngineSetupOptions): LegalBenchSetup {
  return async (docs) => {
    const engine = await openEngine(mode, opts);
    const results = await engine.ingest(docs.map((d) => d.absPath), { embed: false });
    const failed = results.filter((r) => r.outcome === 'failed');
    if (failed.length > 0) throw new Error(`Could not ingest ${failed[0]!.path}: ${failed[0]!.error}`);
    if (mode !== 'lexical') await embedAll(engine, 'LegalBench-RAG');
    const filePathOf = new Map<number, string>();
    for (const r of results) {
      const doc = docs.find((d) => path.resolve(d.absPath) === r.path);
      // A byte-identical copy is stored once, under the first file's name.
      if (r.documentId !== null && doc && r.outcome !== 'duplicate') filePathOf.set(r.documentId, doc.filePath);
    }
    const span = engine.db.prepare('SELECT document_id AS documentId, char_start AS charStart, char_end AS charEnd FROM clauses WHERE id = ?');
    const toHit = (clauseId: number) => {
      const row = span.get(clauseId) as { documentId: number; charStart: number; charEnd: number };
      return { filePath: filePathOf.get(row.documentId)!, charStart: row.charStart, charEnd: row.charEnd };
    };
    return {
      async retrieve(query, k) {
        // Through search() in every mode, as the product answers: a query naming its contract is scoped to it.
        const response = await engine.search(query, { mode, topK: k, topN: Math.max(TOP_N, k) });
        return response.results.map((r) => toHit(r.clauseId));
      },
      close: () => engine.close(),
    };
  };
}

/** The cross-validation's ranker: ACORD loaded once, each pool ranked under the configuration asked (lexical only). */
export function createAcordConfigRanker(corpus: readonly AcordCorpusEntry[]): ConfigurablePoolRanker {
  const engine = ClauseEngine.open(':memory:');
  const { clauseIdOf, externalIdOf } = loadAcordClauses(engine, corpus);
  let ownCorpus: Bm25Corpus | null = null;
  return {
    rankPool(query, poolIds, config) {
      if (config.bm25) {
        ownCorpus ??= bm25Corpus(corpus);
        const ranked = rankBm25(ownCorpus, query, poolIds, config.bm25);
        const seen = new Set(ranked);
        return [...ranked, ...poolIds.filter((id) => !seen.has(id))];
      }
      const pool = poolIds.map((id) => clauseIdOf.get(id)).filter((id): id is number => id !== undefined);
      const parsed = parseQuery(query);
      const filter = { clauseIds: pool };
      const hits = config.feedback
        ? lexicalSearchWithFeedback(engine.db, parsed, pool.length, filter, config.lexical, config.feedback)
        : lexicalSearch(engine.db, parsed, pool.length, filter, config.lexical);
      const ranked = hits.map((h) => externalIdOf.get(h.clauseId)!);
      const seen = new Set(ranked);
      return [...ranked, ...poolIds.filter((id) => !seen.has(id))];
    },
    close: () => engine.close(),
  };
}

/** "Find similar" over ACORD loaded once; each query ranks its pool by likeness to one of its clauses. */
export function createAcordSimilarRanker(corpus: readonly AcordCorpusEntry[]): SimilarPoolRanker {
  const engine = ClauseEngine.open(':memory:');
  const { clauseIdOf, externalIdOf } = loadAcordClauses(engine, corpus);
  const complete = (ranked: string[], poolIds: readonly string[]) => {
    const seen = new Set(ranked);
    return [...ranked, ...poolIds.filter((id) => !seen.has(id))];
  };
  const poolOf = (poolIds: readonly string[]) => poolIds.map((id) => clauseIdOf.get(id)!).filter((id) => id !== undefined);
  return {
    rankSimilar(queryId, poolIds) {
      const pool = poolOf(poolIds);
      const hits = similarClauses(engine.db, clauseIdOf.get(queryId)!, { limit: pool.length, filter: { clauseIds: pool } });
      return complete(hits.map((h) => externalIdOf.get(h.clauseId)!), poolIds);
    },
    rankText(query, poolIds) {
      const pool = poolOf(poolIds);
      return complete(engine.rankLexical(query, pool.length, { clauseIds: pool }).map((h) => externalIdOf.get(h.clauseId)!), poolIds);
    },
    close: () => engine.close(),
  };
}

/** Ingests the CUAD contracts and reads back what definitions/ found in them. */
export async function measureDefinitions(files: readonly string[]): Promise<DefinitionsMeasurement> {
  const engine = ClauseEngine.open(':memory:');
  try {
    const results = await engine.ingest(files, { embed: false });
    const documents: DocumentLinkCounts[] = [];
    const definitionForms: Record<string, number> = {};
    const referenceKinds: Record<string, { found: number; resolved: number }> = {};
    const allDefinitions: LinkSample[] = [];
    const allReferences: LinkSample[] = [];
    const label = engine.db.prepare("SELECT trim(coalesce(number, '') || ' ' || coalesce(heading, '') || ' | ' || substr(text, 1, 60)) FROM clauses WHERE id = ?").pluck();
    for (const r of results) {
      if (r.documentId === null || r.outcome === 'failed' || r.outcome === 'duplicate') continue;
      const file = path.basename(r.path);
      const defs = documentDefinitions(engine.db, r.documentId);
      const refs = documentReferences(engine.db, r.documentId);
      documents.push({ file, definitions: defs.length, references: refs.length, resolved: refs.filter((x) => x.targetClauseId !== null).length });
      for (const d of defs) {
        definitionForms[d.form] = (definitionForms[d.form] ?? 0) + 1;
        allDefinitions.push({ file, label: d.term, detail: d.text });
      }
      for (const x of refs) {
        const k = (referenceKinds[x.kind] ??= { found: 0, resolved: 0 });
        k.found++;
        if (x.targetClauseId !== null) k.resolved++;
        allReferences.push({ file, label: x.label, detail: x.targetClauseId === null ? '(no clause found)' : String(label.get(x.targetClauseId)) });
      }
    }
    return { documents, definitionForms, referenceKinds, definitionSamples: seededSample(allDefinitions, 50), referenceSamples: seededSample(allReferences, 50) };
  } finally {
    engine.close();
  }
}
