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
import { clauseIndex } from '../../review/column-ranker';
import { FITTED_PRESENCE } from '../../review/presence-fitted';
import { presenceConfidence, presenceFeatures, presenceParams, type PresenceParams } from '../../review/presence-model';
import { defaultDataDir } from '../data-paths';
import { UsageError } from '../cli-args';
import { CUAD_GRID_HELP, parseCuadGridArgs, type CuadGridArgs } from './cuad-grid-args';
import { loadCuadGridGold, type GoldContract } from './cuad-grid-data';
import { fitLogistic } from './fit-presence';
import { learnedTermsSource, learnTerms } from './learn-terms';
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
    if (args.learnTerms !== undefined) {
      const docs = await ingestAll(engine, gold.contracts, deps);
      const train = gold.contracts.flatMap((contract, i) => (contract.split === 'train' && docs[i] !== undefined ? [{ contract, documentId: docs[i]! }] : []));
      writeFileSync(path.resolve(args.learnTerms), learnedTermsSource(learnTerms(engine, gold.categories, train)));
      deps.stderr(`Wrote the learned type vocabularies (train split, ${train.length} contracts) to ${args.learnTerms}; run the eval again to score them.\n`);
      return 0;
    }
    const pairs = await computePairs(engine, gold.categories, gold.contracts, deps);
    const splits: SplitMetrics[] = [
      splitMetrics('train', gold.categories, pairs.filter((p) => p.split === 'train')),
      splitMetrics('test', gold.categories, pairs.filter((p) => p.split === 'test')),
      splitMetrics('all', gold.categories, pairs),
    ];
    const shown = splits.find((s) => s.split === args.split)!;
    deps.stdout(formatCuadGridReport(splits, shown, gold.contracts));
    if (args.fit) {
      const fitted = fitPresence(pairs.filter((p) => p.split === 'train'));
      const source = fittedSource(fitted);
      if (args.fitOut !== undefined) {
        writeFileSync(path.resolve(args.fitOut), source);
        deps.stderr(`Wrote the fitted presence model to ${args.fitOut}; run the eval again to score it.\n`);
      } else deps.stdout(`\nPresence model fitted on the train split:\n${source}`);
    }
    deps.stderr(`CUAD grid took ${((performance.now() - started) / 1000).toFixed(1)} s.\n`);
    if (args.outFile !== undefined) {
      const out = path.resolve(args.outFile);
      writeFileSync(out, `${JSON.stringify({ dataset: 'cuad-grid', mode: 'lexical', presenceModel: FITTED_PRESENCE, splits: splits.map(toJson) }, null, 2)}\n`);
      deps.stderr(`Wrote ${out}\n`);
    }
    return 0;
  } finally {
    engine.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
}

/** Ingests every contract (a no-op for ones already stored) and returns each one's document id. */
async function ingestAll(engine: ClauseEngine, contracts: readonly GoldContract[], deps: CuadGridDeps): Promise<Array<number | undefined>> {
  const results = await engine.ingest(contracts.map((c) => c.txtPath));
  const byPath = new Map(engine.listDocuments().map((d) => [d.path, d.id]));
  // A duplicate file is stored once; its row maps to the stored copy.
  const storedPath = new Map(results.map((r) => [r.path, r.duplicateOf ?? r.path]));
  const docOf = contracts.map((c) => byPath.get(storedPath.get(c.txtPath) ?? c.txtPath));
  const failed = contracts.filter((_, i) => docOf[i] === undefined);
  if (failed.length > 0) deps.stderr(`${failed.length} contract(s) could not be ingested and are left out.\n`);
  return docOf;
}

async function computePairs(engine: ClauseEngine, categories: readonly string[], contracts: readonly GoldContract[], deps: CuadGridDeps): Promise<PairOutcome[]> {
  const docOf = await ingestAll(engine, contracts, deps);
  const documentIds = [...new Set(docOf.filter((id): id is number => id !== undefined))];
  const texts = new Map(documentIds.map((id) => [id, engine.getDocumentLayout(id).text]));
  const spanOf = engine.db.prepare<[number], { char_start: number; char_end: number }>('SELECT char_start, char_end FROM clauses WHERE id = ?');

  const pairs: PairOutcome[] = [];
  let missingParts = 0;
  const t0 = performance.now();
  const index = clauseIndex(engine.db, documentIds);
  for (const category of categories) {
    const type = engine.review.types.get(typeSlug(category));
    const ranked = engine.review.rankType(type.id, documentIds, 3, index);
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
        typeId: type.id,
        split: contract.split,
        valueKind: type.valueKind,
        gold: located.spans,
        present: quotes.length > 0,
        candidates: clauses.map((c) => span(spanOf.get(c.clauseId))),
        features,
        confidence: cell.confidence,
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

/** Fits the presence models on train pairs (pooled, then per type) and picks each threshold at its best train F1. */
function fitPresence(train: readonly PairOutcome[]): { pooled: PresenceParams; perType: Record<string, PresenceParams> } {
  const fitOne = (pairs: readonly PairOutcome[]): PresenceParams => {
    const fit = fitLogistic(pairs.map((p) => [...p.features]), pairs.map((p) => p.present), { l2: 1e-2 });
    const params: PresenceParams = { bias: round4(fit.bias), weights: fit.weights.map(round4) as [number, number, number, number], threshold: 0.5 };
    const curve = prCurve(pairs.map((p) => ({ score: presenceConfidence(p.features, params), positive: p.present })));
    const best = curve.reduce((a, b) => (b.f1 > a.f1 ? b : a), curve[0] ?? { threshold: 0.5, f1: 0, precision: 0, recall: 0 });
    // Halfway between the chosen score and the next lower one would overfit less, but the curve's point is what was measured.
    return { ...params, threshold: round4(best.f1 > 0 ? best.threshold : 0.5) };
  };
  const perType: Record<string, PresenceParams> = {};
  for (const typeId of [...new Set(train.map((p) => p.typeId))]) perType[typeId] = fitOne(train.filter((p) => p.typeId === typeId));
  return { pooled: fitOne(train), perType };
}

function fittedSource(fitted: { pooled: PresenceParams; perType: Record<string, PresenceParams> }): string {
  const line = (p: PresenceParams) => `{ bias: ${p.bias}, weights: [${p.weights.join(', ')}], threshold: ${p.threshold} }`;
  return [
    '/** Generated by `npm run eval -- --dataset cuad-grid --fit --fit-out <this file>` on the CUAD train split; do not edit by hand. */',
    "import type { FittedPresence } from './presence-model';",
    '',
    'export const FITTED_PRESENCE: FittedPresence = {',
    `  pooled: ${line(fitted.pooled)},`,
    '  perType: {',
    ...Object.entries(fitted.perType).map(([id, p]) => `    '${id}': ${line(p)},`),
    '  },',
    '};',
    '',
  ].join('\n');
}

function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}

function toJson(s: SplitMetrics) {
  return s;
}
