import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEvalCli, type EvalDeps } from '../../../../src/main/engine/eval/eval-main';
import type { AcordSetup, LegalBenchSetup } from '../../../../src/main/engine/eval/retriever';
import { tempDir } from '../../../helpers/temp-dir';
import { writeEvalData } from './eval-fixtures';

/** A ranker that puts the clause whose text shares most words with the query first. */
const fakeAcord: AcordSetup = async (corpus) => {
  const text = new Map(corpus.map((c) => [c.id, c.text.toLowerCase()]));
  const score = (q: string, id: string): number => q.toLowerCase().split(/\W+/).filter((w) => w && text.get(id)!.includes(w)).length;
  return { rankPool: async (q, pool) => [...pool].sort((a, b) => score(q, b) - score(q, a)) };
};

/** Returns the whole of every document, best-first by path. */
const fakeLegalBench: LegalBenchSetup = async (docs) => {
  const lengths = docs.map((d) => ({ filePath: d.filePath, len: fs.readFileSync(d.absPath, 'utf8').length }));
  return { retrieve: async (_q, k) => lengths.slice(0, k).map((d) => ({ filePath: d.filePath, charStart: 0, charEnd: d.len })) };
};

function harness(overrides: Partial<EvalDeps> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const deps: EvalDeps = {
    loadEngine: async () => ({ createAcordSetup: () => fakeAcord, createLegalBenchSetup: () => fakeLegalBench }),
    loadSegmentation: async () => ({
      evaluateSegmentation: async ({ sharedDir }) => ({ dataset: 'segmentation', metrics: { insideOneClause: 87.5 }, sharedDir }),
      formatSegmentationReport: () => 'Segmentation table',
    }),
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    env: {},
    ...overrides,
  };
  return { deps, stdout: () => out.join(''), stderr: () => err.join('') };
}

describe('runEvalCli', () => {
  it('runs ACORD with a fake ranker, prints the tables and writes the JSON shape', async () => {
    const data = writeEvalData(tempDir());
    const outFile = path.join(tempDir(), 'nested', 'acord.json');
    const h = harness();
    expect(await runEvalCli(['--data', data, '--out', outFile], h.deps)).toBe(0);
    expect(h.stdout()).toMatch(/ours \(lexical\), train\+valid/);
    expect(h.stdout()).toMatch(/published, test split: BM25 +52\.5 +54\.0/);
    expect(h.stdout()).toMatch(/secondary notes on the paper/);
    expect(h.stderr()).toMatch(/ACORD: query 3\/3/);
    const json = JSON.parse(fs.readFileSync(outFile, 'utf8'));
    expect(json).toMatchObject({ dataset: 'acord', mode: 'lexical' });
    expect(Object.keys(json.metrics)).toEqual(['ndcg@5', 'ndcg@10', '3star_p@5', '4star_p@5', '5star_p@5']);
    expect(json.perQuery).toHaveLength(3);
    expect(json.perQuery[0]).toMatchObject({ id: '"as is" clause with carveouts', split: 'train', judged: 2, relevant: 1 });
    // "New York Governing Law": c2 (score 4) shares the most words, then c3 (0) and c4 (1) tie and keep
    // pool order, so DCG = 4 + 0 + 1/log2(4) against the ideal 4 + 1/log2(3); stored in percent.
    expect(json.perQuery[1]['ndcg@5']).toBeCloseTo((100 * 4.5) / (4 + 1 / Math.log2(3)), 9);
    expect(json.splits.valid.queries).toBe(1);
    expect(json.published.rows[0].system).toBe('OpenAI embed (large)');
    for (const v of Object.values(json.metrics)) expect(v === null || (typeof v === 'number' && v >= 0 && v <= 100)).toBe(true);
  });

  it('runs LegalBench-RAG per dataset over one combined corpus and writes P@k / R@k in percent', async () => {
    const data = writeEvalData(tempDir());
    const outFile = path.join(tempDir(), 'lb.json');
    const h = harness();
    expect(await runEvalCli(['--dataset', 'legalbenchrag', '--data', data, '--out', outFile], h.deps)).toBe(0);
    expect(h.stdout()).toMatch(/LegalBench-RAG PrivacyQA: 1 queries over 1 documents/);
    expect(h.stdout()).toMatch(/P@k paper T4 naive +9\.27/);
    const json = JSON.parse(fs.readFileSync(outFile, 'utf8'));
    expect(json).toMatchObject({ dataset: 'legalbenchrag', mode: 'lexical', ks: [1, 2, 4, 8, 16, 32, 64] });
    expect(Object.keys(json.metrics)).toContain('cuad/R@64');
    expect(json.perQuery).toHaveLength(3);
    // Hit 1 is the whole contract, hit 2 the whole policy: the policy query finds its gold at k = 2.
    const privacy = json.perQuery.find((q: { dataset: string }) => q.dataset === 'privacy_qa');
    expect(privacy['R@1']).toBe(0);
    expect(privacy['R@2']).toBe(100);
    expect(json.corpusDocs).toEqual(['cuad/Contract A.txt', 'privacy_qa/Policy P.txt']);
  });

  it('writes one file for --dataset all, with prefixed metrics and one entry per dataset', async () => {
    const data = writeEvalData(tempDir());
    const outFile = path.join(tempDir(), 'all.json');
    const h = harness();
    expect(await runEvalCli(['--dataset', 'all', '--data', data, '--out', outFile], h.deps)).toBe(0);
    const json = JSON.parse(fs.readFileSync(outFile, 'utf8'));
    expect(json.dataset).toBe('all');
    expect(json.results.map((r: { dataset: string }) => r.dataset)).toEqual(['acord', 'legalbenchrag', 'segmentation']);
    expect(json.metrics['segmentation/lexical/insideOneClause']).toBe(87.5);
    expect(json.metrics).toHaveProperty(['acord/lexical/ndcg@5']);
    expect(json.metrics).toHaveProperty(['legalbenchrag/lexical/privacy_qa/P@1']);
    // Segmentation gets the folder above eval-data.
    expect(json.results[2].sharedDir).toBe(path.dirname(data));
    expect(json.errors).toEqual([]);
  });

  it('exits 2 with one sentence for bad usage and for a model mode without --models, without loading the engine', async () => {
    const h = harness({
      loadEngine: async () => {
        throw new Error('engine must not load');
      },
    });
    expect(await runEvalCli(['--dataset', 'nope'], h.deps)).toBe(2);
    expect(await runEvalCli(['--mode', 'hybrid', '--data', writeEvalData(tempDir())], h.deps)).toBe(2);
    expect(await runEvalCli(['--data', path.join(tempDir(), 'missing')], h.deps)).toBe(2);
    const lines = h.stderr().trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/Mode hybrid needs --models DIR/);
  });

  it('exits 1 and writes nothing when the engine setup fails', async () => {
    const data = writeEvalData(tempDir());
    const outFile = path.join(tempDir(), 'x.json');
    const failing: AcordSetup = async () => {
      throw new Error('not wired yet');
    };
    const h = harness({ loadEngine: async () => ({ createAcordSetup: () => failing, createLegalBenchSetup: () => fakeLegalBench }) });
    expect(await runEvalCli(['--data', data, '--out', outFile], h.deps)).toBe(1);
    expect(h.stderr()).toMatch(/The acord evaluation in mode lexical was not run: not wired yet/);
    expect(fs.existsSync(outFile)).toBe(false);
  });
});
