import { describe, expect, it } from 'vitest';
import { bertShape } from '../../../scripts/models/bert-config';
import { buildBertModel } from '../../../scripts/models/bert-graph';
import { DataType } from '../../../scripts/models/onnx-proto';
import { quantizeDynamic, quantizeWeight } from '../../../scripts/models/quantize';

describe('quantizeWeight', () => {
  it('is symmetric int8 with at most half a step of error', () => {
    const w = Float32Array.from([0.5, -1.27, 0.003, 0, 1.0]);
    const { values, scale } = quantizeWeight(w);
    expect(scale).toBeCloseTo(0.01, 6);
    expect(Math.max(...values.map(Math.abs))).toBe(127);
    w.forEach((x, i) => expect(Math.abs(values[i]! * scale - x)).toBeLessThanOrEqual(scale / 2 + 1e-7));
  });
});

describe('quantizeDynamic', () => {
  it('replaces every weight MatMul and embedding table, keeping activation MatMuls float', () => {
    const shape = bertShape('tiny', 100);
    const fp32 = buildBertModel(shape, 'cross-encoder', 1);
    const int8 = quantizeDynamic(fp32);
    const ops = (m: typeof fp32) => m.graph!.node!.map((n) => n.opType!);
    const count = (m: typeof fp32, op: string) => ops(m).filter((o) => o === op).length;

    // Per layer: Q, K, V, attention output, FFN in and out; plus pooler and classifier.
    const weightMatMuls = 6 * shape.numHiddenLayers + 2;
    expect(count(int8, 'MatMulInteger')).toBe(weightMatMuls);
    expect(count(int8, 'MatMul')).toBe(count(fp32, 'MatMul') - weightMatMuls);
    // Q, K and V share one quantized copy of their input.
    expect(count(int8, 'DynamicQuantizeLinear')).toBe(4 * shape.numHiddenLayers + 2);
    expect(count(int8, 'DequantizeLinear')).toBe(3);
    const floatMatrices = int8.graph!.initializer!.filter((t) => t.dataType === DataType.FLOAT && t.dims!.length === 2);
    expect(floatMatrices).toEqual([]);
  });
});
