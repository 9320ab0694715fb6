import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GeneratedModels } from '../../../scripts/models/generate-models';
import { tinyModels } from '../../helpers/tiny-models';
import { cosine, runModel, type Row } from './ort-feeds';

// Two rows of different lengths: the second is padded by three positions.
const PAIR_ROW: Row = { ids: [2, 40, 41, 42, 3, 50, 51, 3], types: [0, 0, 0, 0, 0, 1, 1, 1] };
const SHORT_ROW: Row = { ids: [2, 60, 61, 3, 70], types: [0, 0, 0, 0, 1] };

let models: GeneratedModels;
beforeAll(async () => {
  models = await tinyModels();
});

const onnxFile = (dir: string, variant: 'fp32' | 'int8') => path.join(dir, 'onnx', variant === 'fp32' ? 'model.onnx' : 'model_quantized.onnx');
const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;

describe('generated model folders', () => {
  it('have the Hugging Face layout, a BERT config and the random-weights marker', () => {
    for (const dir of [models.crossEncoderDir, models.biEncoderDir]) {
      for (const file of ['config.json', 'tokenizer.json', 'tokenizer_config.json', 'special_tokens_map.json', 'vocab.txt', 'generated.json', 'onnx/model.onnx', 'onnx/model_quantized.onnx']) {
        expect(fs.existsSync(path.join(dir, file)), file).toBe(true);
      }
      const config = readJson(path.join(dir, 'config.json'));
      expect(config).toMatchObject({ model_type: 'bert', hidden_size: 32, num_hidden_layers: 2, num_attention_heads: 2, intermediate_size: 64, max_position_embeddings: 512, type_vocab_size: 2 });
      const vocabLines = fs.readFileSync(path.join(dir, 'vocab.txt'), 'utf8').trim().split('\n').length;
      expect(config.vocab_size).toBe(vocabLines);
      expect(readJson(path.join(dir, 'generated.json'))).toMatchObject({ randomWeights: true, size: 'tiny' });
      // "A few hundred KB at most".
      expect(fs.statSync(onnxFile(dir, 'fp32')).size).toBeLessThan(400_000);
    }
    expect(readJson(path.join(models.crossEncoderDir, 'config.json'))).toMatchObject({ architectures: ['BertForSequenceClassification'], num_labels: 1, id2label: { '0': 'LABEL_0' } });
  });

  // int8 quantizes activations per tensor over the whole batch, so padding shifts its
  // results slightly; fp32 must be padding-invariant to rounding.
  const digits = { fp32: 4, int8: 2 } as const;
  for (const variant of ['fp32', 'int8'] as const) {
    it(`cross-encoder ${variant}: three int64 inputs, logits [batch, 1], padding does not change a row`, async () => {
      const { session, output } = await runModel(onnxFile(models.crossEncoderDir, variant), [PAIR_ROW, SHORT_ROW]);
      expect([...session.inputNames].sort()).toEqual(['attention_mask', 'input_ids', 'token_type_ids']);
      expect(session.outputNames).toEqual(['logits']);
      expect(output.type).toBe('float32');
      expect(output.dims).toEqual([2, 1]);
      const logits = output.data as Float32Array;
      expect(logits.every(Number.isFinite)).toBe(true);
      const alone = (await runModel(onnxFile(models.crossEncoderDir, variant), [SHORT_ROW])).output.data as Float32Array;
      expect(logits[1]).toBeCloseTo(alone[0]!, digits[variant] + 1);
    });

    it(`bi-encoder ${variant}: last_hidden_state [batch, seq, hidden], padding does not change a row`, async () => {
      const { session, output } = await runModel(onnxFile(models.biEncoderDir, variant), [PAIR_ROW, SHORT_ROW]);
      expect(session.outputNames).toEqual(['last_hidden_state']);
      expect(output.type).toBe('float32');
      expect(output.dims).toEqual([2, 8, 32]);
      const hidden = output.data as Float32Array;
      expect(hidden.every(Number.isFinite)).toBe(true);
      const alone = (await runModel(onnxFile(models.biEncoderDir, variant), [SHORT_ROW])).output.data as Float32Array;
      const paddedRow = hidden.subarray(8 * 32, 8 * 32 + 5 * 32);
      for (let i = 0; i < alone.length; i++) expect(paddedRow[i]).toBeCloseTo(alone[i]!, digits[variant]);
    });
  }

  it('int8 outputs stay close to fp32', async () => {
    const rows = [PAIR_ROW, SHORT_ROW];
    const fp32 = (await runModel(onnxFile(models.biEncoderDir, 'fp32'), rows)).output.data as Float32Array;
    const int8 = (await runModel(onnxFile(models.biEncoderDir, 'int8'), rows)).output.data as Float32Array;
    // Every real (unpadded) token: all 8 of row 0, the first 5 of row 1.
    for (let t = 0; t < 8 + 5; t++) {
      const at = t * 32;
      expect(cosine(fp32.subarray(at, at + 32), int8.subarray(at, at + 32))).toBeGreaterThan(0.99);
    }
    const logits32 = (await runModel(onnxFile(models.crossEncoderDir, 'fp32'), rows)).output.data as Float32Array;
    const logits8 = (await runModel(onnxFile(models.crossEncoderDir, 'int8'), rows)).output.data as Float32Array;
    for (let i = 0; i < 2; i++) expect(Math.abs(logits32[i]! - logits8[i]!)).toBeLessThan(0.01);
  });

  it('different texts get different logits and embeddings', async () => {
    const rows: Row[] = [{ ids: [2, 100, 101, 3] }, { ids: [2, 200, 201, 3] }];
    const logits = (await runModel(onnxFile(models.crossEncoderDir, 'fp32'), rows)).output.data as Float32Array;
    expect(logits[0]).not.toBe(logits[1]);
    const hidden = (await runModel(onnxFile(models.biEncoderDir, 'fp32'), rows)).output.data as Float32Array;
    expect(cosine(hidden.subarray(0, 4 * 32), hidden.subarray(4 * 32))).toBeLessThan(0.999);
  });
});
