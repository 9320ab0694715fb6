/**
 * `npm run eval -- --dataset cuad-grid`: ingests the 510 CUAD contracts through the normal
 * path, computes every (contract, category) cell with the review grid's ranker and presence
 * model, and scores hit@1/hit@3, presence AUPR, P@80%R and value accuracy per split.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ClauseEngine } from '../../engine';
import { typeSlug } from '../../review/builtin-types';
import { cellFromRanking } from '../../review/review-grid';
import { PRESENCE_MODEL, presenceConfidence, presenceFeatures } from '../../review/presence-model';
import { defaultDataDir } from '../data-paths';
import { UsageError } from '../cli-args';
import { CUAD_GRID_HELP, parseCuadGridArgs, type CuadGridArgs } from './cuad-grid-args';
import { loadCuadGridGold, type GoldContract } from './cuad-grid-data';
import { fitLogistic } from './fit-presence';
import { formatCuadGridReport } from './format-cuad-grid';
import { prCurve } from './grid-metrics';
import { locateQuotes, type Span } from './locate-quotes';
import { splitMetrics, type PairOutcome, type SplitMetrics } from './score-cuad-grid';

export interface CuadGridDeps {
  stdout(text: string): void;
  stderr(text: string): void;
  env?: NodeJS.ProcessEnv;
}

export async function runCuadGridCli(argv: readonly string[], deps: CuadGridDeps): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    deps.stdout(`${CUAD_GRID_HELP}\n`);
    return 0;
  }
  let args: CuadGridArgs;
  try {
    args = parseCuadGridArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      deps.stderr(`${err.message}\n`);
      return 2;
    }
    throw err;
  }
  const dataDir = path.resolve(args.dataDir ?? defaultDataDir(deps.env ?? process.env));
  if (!existsSync(dataDir)) {
    deps.stderr(`${dataDir} does not exist; pass --data DIR (the eval-data folder) or set CLAUSE_SEARCH_SHARED.\n`);
    return 2;
  }
  if (args.modelsDir !== undefined) {
    deps.stderr('The review grid ranks lexically in this version; --models is not used for the cuad-grid dataset.\n');
  }
  const started = performance.now();
  const gold = loadCuadGridGold(dataDir);
  const tmp = args.dbFile === undefined ? mkdtempSync(path.join(os.tmpdir(), 'cuad-grid-')) : null;
  const engine = ClauseEngine.open(args.dbFile ?? path.join(tmp!, 'cuad.db'));
  try {
    deps.stderr(`CUAD grid: ingesting ${gold.contracts.length} contracts...\n`);
    const pairs = await computePairs(engine, gold.categories, gold.contracts, deps);
    const splits: SplitMetrics[] = [
      splitMetrics('train', gold.categories, pairs.filter((p) => p.split === 'train')),
      splitMetrics('test', gold.categories, pairs.filter((p) => p.split === 'test')),
      splitMetrics('all', gold.categories, pairs),
    ];
    const shown = splits.find((s) => s.split === args.split)!;
    deps.stdout(formatCuadGridReport(splits, shown, gold.contracts));
    if (args.fit) deps.stdout(fitReport(pairs.filter((p) => p.split === 'train')));
    deps.stderr(`CUAD grid took ${((performance.now() - started) / 1000).toFixed(1)} s.\n`);
    if (args.outFile !== undefined) {
      const out = path.resolve(args.outFile);
      writeFileSync(out, `${JSON.stringify({ dataset: 'cuad-grid', mode: 'lexical', presenceModel: PRESENCE_MODEL, splits: splits.map(toJson) }, null, 2)}\n`);
      deps.stderr(`Wrote ${out}\n`);
    }
    return 0;
  } finally {
    engine.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
}

async function computePairs(engine: ClauseEngine, categories: readonly string[], contracts: readonly GoldContract[], deps: CuadGridDeps): Promise<PairOutcome[]> {
  const results = await engine.ingest(contracts.map((c) => c.txtPath));
  const byPath = new Map(engine.listDocuments().map((d) => [d.path, d.id]));
  // A duplicate file is stored once; its row maps to the stored copy.
  const storedPath = new Map(results.map((r) => [r.path, r.duplicateOf ?? r.path]));
  const docOf = contracts.map((c) => byPath.get(storedPath.get(c.txtPath) ?? c.txtPath));
  const failed = contracts.filter((_, i) => docOf[i] === undefined);
  if (failed.length > 0) deps.stderr(`${failed.length} contract(s) could not be ingested and are left out.\n`);
  const documentIds = [...new Set(docOf.filter((id): id is number => id !== undefined))];
  const texts = new Map(documentIds.map((id) => [id, engine.getDocumentLayout(id).text]));
  const spanOf = engine.db.prepare<[number], { char_start: number; char_end: number }>('SELECT char_start, char_end FROM clauses WHERE id = ?');

  const pairs: PairOutcome[] = [];
  let missingParts = 0;
  const t0 = performance.now();
  for (const category of categories) {
    const type = engine.review.types.get(typeSlug(category));
    const ranked = engine.review.rankType(type.id, documentIds, 3);
    contracts.forEach((contract, i) => {
      const documentId = docOf[i];
      if (documentId === undefined) return;
      const quotes = contract.quotes.get(category) ?? [];
      const located = locateQuotes(texts.get(documentId)!, quotes);
      missingParts += located.missing;
      const clauses = ranked.get(documentId) ?? [];
      const cell = cellFromRanking(type, clauses);
      const features = presenceFeatures(clauses);
      pairs.push({
        category,
        split: contract.split,
        valueKind: type.valueKind,
        gold: located.spans,
        present: quotes.length > 0,
        candidates: clauses.map((c) => span(spanOf.get(c.clauseId))),
        features,
        confidence: clauses.length === 0 ? 0 : presenceConfidence(features),
        found: cell.found,
        value: cell.value,
        answer: contract.answers.get(category) ?? '',
      });
    });
  }
  deps.stderr(`CUAD grid: ${categories.length} columns × ${documentIds.length} contracts ranked in ${((performance.now() - t0) / 1000).toFixed(1)} s; ${missingParts} gold quote part(s) not located in the text.\n`);
  return pairs;
}

function span(row: { char_start: number; char_end: number } | undefined): Span {
  return row ? { start: row.char_start, end: row.char_end } : { start: 0, end: 0 };
}

/** Fits the presence model on train pairs and picks the threshold at the best train F1. */
function fitReport(train: readonly PairOutcome[]): string {
  const fit = fitLogistic(train.map((p) => [...p.features]), train.map((p) => p.present));
  const score = (f: readonly number[]) => 1 / (1 + Math.exp(-(fit.bias + f.reduce((s, v, j) => s + v * fit.weights[j]!, 0))));
  const curve = prCurve(train.map((p) => ({ score: score(p.features), positive: p.present })));
  const best = curve.reduce((a, b) => (b.f1 > a.f1 ? b : a), curve[0]!);
  const [logBm25, coverage, margin] = fit.weights.map((w) => Number(w.toFixed(4)));
  return [
    '',
    'Presence model fitted on the train split (paste into src/main/engine/review/presence-model.ts):',
    `  bias: ${fit.bias.toFixed(4)}, weights: { logBm25: ${logBm25}, coverage: ${coverage}, margin: ${margin} }`,
    `  threshold: ${best.threshold.toFixed(4)} (train precision ${best.precision.toFixed(3)}, recall ${best.recall.toFixed(3)}, F1 ${best.f1.toFixed(3)})`,
    '',
  ].join('\n');
}

function toJson(s: SplitMetrics) {
  return s;
}
