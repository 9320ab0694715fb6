import { describe, expect, it } from 'vitest';
import { onnx } from '../../../../../scripts/models/onnx-proto';
import { matmulModelBytes } from '../../../../../src/main/engine/eval/bench/matmul-model';

describe('matmulModelBytes', () => {
  it('encodes one MatMul node: input A [m, k] times initializer B [k, n] into output C', () => {
    const model = onnx.ModelProto.decode(matmulModelBytes(4, 3, 2));
    const graph = model.graph!;
    expect(graph.node?.map((n) => n.opType)).toEqual(['MatMul']);
    expect(graph.input?.map((i) => i.name)).toEqual(['A']);
    expect(graph.initializer?.map((t) => [t.name, t.dims?.map(Number)])).toEqual([['B', [2, 3]]]);
    expect(graph.output?.map((o) => o.type?.tensorType?.shape?.dim?.map((d) => Number(d.dimValue)))).toEqual([[4, 3]]);
  });
});
