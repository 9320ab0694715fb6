/**
 * ACORD loaders (BEIR layout: corpus.jsonl, queries.jsonl, qrels/<split>.tsv) and the
 * per-query pools the paper's protocol ranks. Any id that does not resolve is an error:
 * a silently dropped query or clause would change the scores without anyone noticing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DATA_FILES } from './data-paths';
import { parseDelimited } from './delimited';
import { isRecord, readJsonl } from './jsonl';
import type { AcordCorpusEntry } from './retriever';

export interface AcordQuery {
  id: string;
  text: string;
}

export interface QrelRow {
  queryId: string;
  corpusId: string;
  /** 0..4 in ACORD (stars − 1). */
  score: number;
}

export interface QrelsSplit {
  /** "train", "valid", or the name of a file given with --qrels. */
  split: string;
  rows: QrelRow[];
}

export interface AcordEvalQuery {
  id: string;
  text: string;
  split: string;
  /** Every clause judged for this query → its graded score; the pool is its keys. */
  judgments: Map<string, number>;
}

export interface AcordEvalSet {
  corpus: AcordCorpusEntry[];
  queries: AcordEvalQuery[];
}

export function loadAcordCorpus(file: string): AcordCorpusEntry[] {
  const seen = new Set<string>();
  return readJsonl(file).map((rec, i) => {
    if (!isRecord(rec) || typeof rec._id !== 'string' || typeof rec.text !== 'string') {
      throw new Error(`${file}: record ${i + 1} lacks a string "_id" and "text".`);
    }
    if (seen.has(rec._id)) throw new Error(`${file}: corpus id "${rec._id}" occurs twice.`);
    seen.add(rec._id);
    return { id: rec._id, text: rec.text };
  });
}

export function loadAcordQueries(file: string): AcordQuery[] {
  return readJsonl(file).map((rec, i) => {
    if (!isRecord(rec) || typeof rec._id !== 'string' || typeof rec.text !== 'string') {
      throw new Error(`${file}: record ${i + 1} lacks a string "_id" and "text".`);
    }
    return { id: rec._id, text: rec.text };
  });
}

/** Parses a qrels TSV with header `query-id corpus-id score`; `source` names it in errors. */
export function parseQrels(text: string, source: string): QrelRow[] {
  const rows = parseDelimited(text, '\t');
  const header = rows.shift();
  if (!header || header.join('\t') !== 'query-id\tcorpus-id\tscore') {
    throw new Error(`${source}: expected the header "query-id<TAB>corpus-id<TAB>score".`);
  }
  const seen = new Set<string>();
  return rows.map((fields, i) => {
    const where = `${source}: data row ${i + 1}`;
    if (fields.length !== 3) throw new Error(`${where} has ${fields.length} fields, expected 3.`);
    const [queryId, corpusId, scoreText] = fields as [string, string, string];
    if (!/^\d+$/.test(scoreText)) throw new Error(`${where} has a score "${scoreText}" that is not a whole number.`);
    const pair = `${queryId}\u0000${corpusId}`;
    if (seen.has(pair)) throw new Error(`${where} judges "${corpusId}" for "${queryId}" a second time.`);
    seen.add(pair);
    return { queryId, corpusId, score: Number(scoreText) };
  });
}

export function loadQrels(file: string, split = path.basename(file).replace(/\.[^.]*$/, '')): QrelsSplit {
  return { split, rows: parseQrels(readFileSync(file, 'utf8'), file) };
}

/**
 * Groups the judgments into one pool per query, in the order queries first appear in
 * the qrels. Throws on a qrels query id with no query, a clause id not in the corpus,
 * or a query judged in two splits.
 */
export function assembleAcord(corpus: AcordCorpusEntry[], queries: AcordQuery[], splits: QrelsSplit[]): AcordEvalSet {
  const corpusIds = new Set(corpus.map((c) => c.id));
  const queryText = new Map(queries.map((q) => [q.id, q.text]));
  const byId = new Map<string, AcordEvalQuery>();
  for (const { split, rows } of splits) {
    for (const row of rows) {
      const text = queryText.get(row.queryId);
      if (text === undefined) throw new Error(`Qrels (${split}) name query id "${row.queryId}", which is not in the queries file.`);
      if (!corpusIds.has(row.corpusId)) {
        throw new Error(`Qrels (${split}) name corpus id "${row.corpusId}" (query "${row.queryId}"), which is not in the corpus.`);
      }
      let query = byId.get(row.queryId);
      if (!query) {
        query = { id: row.queryId, text, split, judgments: new Map() };
        byId.set(row.queryId, query);
      } else if (query.split !== split) {
        throw new Error(`Query "${row.queryId}" is judged in both the ${query.split} and the ${split} qrels.`);
      }
      query.judgments.set(row.corpusId, row.score);
    }
  }
  return { corpus, queries: [...byId.values()] };
}

export interface AcordFileOverrides {
  qrelsFile: string;
  queriesFile: string;
}

/** Train + valid by default; `overrides` scores one other split (e.g. the withheld test set). */
export function loadAcord(dataDir: string, overrides?: AcordFileOverrides): AcordEvalSet {
  const corpus = loadAcordCorpus(path.join(dataDir, DATA_FILES.acordCorpus));
  if (overrides) {
    return assembleAcord(corpus, loadAcordQueries(overrides.queriesFile), [loadQrels(overrides.qrelsFile)]);
  }
  const queries = loadAcordQueries(path.join(dataDir, DATA_FILES.acordQueries));
  const splits = Object.entries(DATA_FILES.acordQrels).map(([split, rel]) => loadQrels(path.join(dataDir, rel), split));
  return assembleAcord(corpus, queries, splits);
}
