import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { OnnxEmbedder } from '../../../../src/main/engine/models/embedder';
import { loadModelFolder, type LoadedModelFolder } from '../../../../src/main/engine/models/model-folder';
import type { SessionFactory } from '../../../../src/main/engine/models/options';
import { loadOrt } from '../../../../src/main/engine/models/ort-runtime';
import { OnnxPairScorer } from '../../../../src/main/engine/models/pair-scorer';
import { tinyModels } from '../../../helpers/tiny-models';

const quiet = { log: () => {} };
const CLAUSES = [
  'The Licensor shall indemnify the Licensee against all losses arising from any breach of this Agreement.',
  'Force majeure.',
  'Neither party shall be liable for any failure to perform caused by floods, fire, war or any act of God, provided that notice is given.',
  'Fees.',
];

let bi: LoadedModelFolder;
let biFp32: LoadedModelFolder;
let cross: LoadedModelFolder;
beforeAll(async () => {
  const dirs = await tinyModels();
  bi = await loadModelFolder(dirs.biEncoderDir, 'bi-encoder', quiet);
  biFp32 = await loadModelFolder(dirs.biEncoderDir, 'bi-encoder', { ...quiet, variant: 'fp32' });
  cross = await loadModelFolder(dirs.crossEncoderDir, 'cross-encoder', quiet);
});
afterAll(async () => {
  for (const model of [bi, biFp32, cross]) await model.runner.release();
});

const cosine = (x: Float32Array, y: Float32Array) => x.reduce((sum, v, k) => sum + v * y[k]!, 0);

describe('the embedder', () => {
  it('gives one unit-length vector of the model width per text, in input order', async () => {
    const embedder = new OnnxEmbedder(bi, 2);
    expect(embedder.modelId).toMatch(/^generated-all-MiniLM-L6-v2-tiny-seed\d+\/int8$/);
    const vectors = await embedder.embed(CLAUSES);
    expect(vectors).toHaveLength(CLAUSES.length);
    for (const v of vectors) {
      expect(v).toHaveLength(embedder.dimension);
      expect(Math.hypot(...v)).toBeCloseTo(1, 5);
    }
    // int8 quantizes activations with one scale per tensor, so batch-mates nudge a vector slightly.
    const [alone] = await embedder.embed([CLAUSES[1]!]);
    const [, padded] = await embedder.embed([CLAUSES[2]!, CLAUSES[1]!]);
    expect(cosine(alone!, padded!)).toBeGreaterThan(0.999);
  });

  it('gives a short text the same vector alone and padded in a batch with a long one (fp32)', async () => {
    const embedder = new OnnxEmbedder(biFp32, 8);
    const [alone] = await embedder.embed([CLAUSES[1]!]);
    const batched = await embedder.embed([CLAUSES[2]!, CLAUSES[1]!]);
    for (let k = 0; k < alone!.length; k++) expect(batched[1]![k]).toBeCloseTo(alone![k]!, 5);
    expect(cosine(batched[0]!, alone!)).toBeLessThan(0.999);
  });

  it('stops between batches when aborted', async () => {
    const embedder = new OnnxEmbedder(bi, 1);
    const run = vi.spyOn(bi.runner, 'run');
    const controller = new AbortController();
    const pending = embedder.embed(CLAUSES, controller.signal);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(run).toHaveBeenCalledTimes(1);
    run.mockRestore();
  });
});

describe('the pair scorer', () => {
  const pairs = () => {
    const t = cross.tokenizer;
    const query = t.tokenize('what happens if there is a flood?').ids;
    return CLAUSES.map((c) => ({ a: query, b: t.tokenize(c).ids }));
  };

  it('gives one finite logit per pair, the same alone as in a batch', async () => {
    const scorer = new OnnxPairScorer(cross, 3);
    const scores = await scorer.scorePairs(pairs());
    expect(scores).toBeInstanceOf(Float32Array);
    expect(scores).toHaveLength(CLAUSES.length);
    for (const s of scores) expect(Number.isFinite(s)).toBe(true);
    const alone = await scorer.scorePairs([pairs()[3]!]);
    expect(alone[0]).toBeCloseTo(scores[3]!, 3);
  });

  it('cuts pairs longer than maxLength instead of failing', async () => {
    const scorer = new OnnxPairScorer(cross);
    const long = Array.from({ length: 2000 }, () => pairs()[0]!.b[0]!);
    const scores = await scorer.scorePairs([{ a: pairs()[0]!.a, b: long }]);
    expect(Number.isFinite(scores[0])).toBe(true);
  });

  it('stops between batches when aborted', async () => {
    const scorer = new OnnxPairScorer(cross, 2);
    const controller = new AbortController();
    const pending = scorer.scorePairs(pairs(), controller.signal);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('device choice', () => {
  /** A factory that fails for every provider except the CPU, like a machine without a GPU. */
  const cpuOnly: SessionFactory = async (file, options) => {
    const provider = options.executionProviders?.[0];
    if (provider !== 'cpu') throw new Error(`Failed to load library libonnxruntime_providers_${String(provider)}.so\nmore detail`);
    return (await loadOrt()).InferenceSession.create(file, options);
  };

  it('falls back to the CPU with one logged sentence, and loads int8 there', async () => {
    const logged: string[] = [];
    const environment = { platform: 'linux' as const, cudaInstalled: true, backends: ['cpu', 'cuda'], createSession: cpuOnly };
    const model = await loadModelFolder((await tinyModels()).biEncoderDir, 'bi-encoder', { environment, log: (l) => logged.push(l) });
    expect(model.device.provider).toBe('cpu');
    expect(model.device.fallbacks).toEqual(['CUDA was not used: Failed to load library libonnxruntime_providers_cuda.so.']);
    expect(logged).toEqual(model.device.fallbacks);
    expect(model.variant).toBe('int8');
    await model.runner.release();
  });

  it('prefers fp32 on a GPU provider that works', async () => {
    const createSession: SessionFactory = async (file, options) =>
      (await loadOrt()).InferenceSession.create(file, { ...options, executionProviders: ['cpu'] });
    const environment = { platform: 'win32' as const, cudaInstalled: false, backends: ['cpu', 'dml'], createSession };
    const model = await loadModelFolder((await tinyModels()).crossEncoderDir, 'cross-encoder', { ...quiet, environment });
    expect(model.device).toMatchObject({ provider: 'dml', fallbacks: [] });
    expect(model.variant).toBe('fp32');
    expect(model.modelId).toMatch(/\/fp32$/);
    await model.runner.release();
  });

  it('skips providers this onnxruntime build does not have, honours device cpu, a forced variant and a thread count', async () => {
    const environment = { platform: 'darwin' as const, backends: ['cpu'] };
    const model = await loadModelFolder((await tinyModels()).biEncoderDir, 'bi-encoder', { ...quiet, environment, variant: 'fp32', threads: 3 });
    expect(model.device).toEqual({ provider: 'cpu', fallbacks: [], intraOpThreads: 3 });
    expect(model.variant).toBe('fp32');
    await model.runner.release();
    const onCpu = await loadModelFolder((await tinyModels()).biEncoderDir, 'bi-encoder', {
      ...quiet,
      device: 'cpu',
      environment: { platform: 'linux', cudaInstalled: true, backends: ['cpu', 'cuda'], createSession: cpuOnly },
    });
    expect(onCpu.device.fallbacks).toEqual([]);
    await onCpu.runner.release();
  });
});
