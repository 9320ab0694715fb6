/**
 * Wires the real engine into the benchmark runners: each setup builds a throwaway
 * in-memory database, fills it through the engine's own paths and answers with it.
 */
import path from 'node:path';
import { ClauseEngine } from '../engine';
import { chunkClause } from '../ingest/chunk/chunk-clause';
import type { AcordSetup, EngineSetupOptions, EvalMode, LegalBenchSetup } from './retriever';

function requireLexical(mode: EvalMode): void {
  if (mode !== 'lexical') {
    throw new Error(`Mode "${mode}" needs the embedding and re-ranking models, which the engine does not support yet.`);
  }
}

/** ACORD entries are clauses already: each is stored as a one-clause document, chunked like any clause. */
export function createAcordSetup(mode: EvalMode, opts: EngineSetupOptions): AcordSetup {
  void opts;
  requireLexical(mode);
  return async (corpus) => {
    const engine = ClauseEngine.open(':memory:');
    const clauseIdOf = new Map<string, number>();
    const externalIdOf = new Map<number, string>();
    engine.db.transaction(() => {
      for (const entry of corpus) {
        const clause = { charStart: 0, charEnd: entry.text.length };
        const documentId = engine.addPresegmentedDocument({
          path: `acord:${entry.id}`,
          title: entry.id,
          text: entry.text,
          clauses: [{ number: null, heading: null, path: [], level: 0, pageStart: 1, pageEnd: 1, ...clause, chunks: chunkClause(entry.text, clause) }],
        });
        const clauseId = engine.db.prepare('SELECT id FROM clauses WHERE document_id = ?').pluck().get(documentId) as number;
        clauseIdOf.set(entry.id, clauseId);
        externalIdOf.set(clauseId, entry.id);
      }
    })();
    return {
      async rankPool(query, poolIds) {
        const pool = poolIds.map((id) => clauseIdOf.get(id)).filter((id): id is number => id !== undefined);
        const ranked = engine.rankLexical(query, pool.length, { clauseIds: pool }).map((hit) => externalIdOf.get(hit.clauseId)!);
        // Clauses the query does not match at all keep their pool order below the matches.
        const seen = new Set(ranked);
        return [...ranked, ...poolIds.filter((id) => !seen.has(id))];
      },
      close: () => engine.close(),
    };
  };
}

/** LegalBench-RAG documents go in whole through the normal ingest path; results are clause spans. */
export function createLegalBenchSetup(mode: EvalMode, opts: EngineSetupOptions): LegalBenchSetup {
  void opts;
  requireLexical(mode);
  return async (docs) => {
    const engine = ClauseEngine.open(':memory:');
    const results = await engine.ingest(docs.map((d) => d.absPath));
    const failed = results.filter((r) => r.outcome === 'failed');
    if (failed.length > 0) throw new Error(`Could not ingest ${failed[0]!.path}: ${failed[0]!.error}`);
    const filePathOf = new Map<number, string>();
    for (const r of results) {
      const doc = docs.find((d) => path.resolve(d.absPath) === r.path);
      // A byte-identical copy is stored once, under the first file's name.
      if (r.documentId !== null && doc && r.outcome !== 'duplicate') filePathOf.set(r.documentId, doc.filePath);
    }
    const span = engine.db.prepare('SELECT document_id AS documentId, char_start AS charStart, char_end AS charEnd FROM clauses WHERE id = ?');
    return {
      async retrieve(query, k) {
        return engine.rankLexical(query, k).map((hit) => {
          const row = span.get(hit.clauseId) as { documentId: number; charStart: number; charEnd: number };
          return { filePath: filePathOf.get(row.documentId)!, charStart: row.charStart, charEnd: row.charEnd };
        });
      },
      close: () => engine.close(),
    };
  };
}
