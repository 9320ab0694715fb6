/**
 * Dynamic int8 quantization of an fp32 model, in the form onnxruntime's quantize_dynamic
 * writes it: each MatMul against a 2-D float weight becomes
 *   DynamicQuantizeLinear(x) → MatMulInteger(x_u8, W_s8, x_zp, W_zp) → Cast → Mul(x_scale·W_scale)
 * with the weight stored as a symmetric per-tensor int8 initializer. Activation × activation
 * MatMuls (attention scores, context) stay float. Embedding tables are stored int8 too
 * (Gather → DequantizeLinear), as quantize_dynamic does, which brings the file to the real
 * int8 model's size. onnxruntime's CPU provider fuses the MatMul pattern into its
 * DynamicQuantizeMatMul kernel (uint8 × int8).
 */
import { floatTensor, int8Tensor, readFloatTensor } from './onnx-builder';
import { AttrType, DataType, type ModelProto, type NodeProto, type TensorProto } from './onnx-proto';

interface QuantizedWeight {
  values: Int8Array;
  scale: number;
}

/** Symmetric per-tensor int8: scale = max|w| / 127, zero point 0. */
export function quantizeWeight(weights: Float32Array): QuantizedWeight {
  let absMax = 0;
  for (let i = 0; i < weights.length; i++) absMax = Math.max(absMax, Math.abs(weights[i]!));
  const scale = absMax > 0 ? absMax / 127 : 1;
  const values = new Int8Array(weights.length);
  for (let i = 0; i < weights.length; i++) values[i] = Math.max(-127, Math.min(127, Math.round(weights[i]! / scale)));
  return { values, scale };
}

export function quantizeDynamic(model: ModelProto): ModelProto {
  const graph = model.graph!;
  const initializers = new Map((graph.initializer ?? []).map((t) => [t.name!, t]));
  const isWeight = (name: string | undefined): boolean => {
    const t = name === undefined ? undefined : initializers.get(name);
    return t !== undefined && t.dataType === DataType.FLOAT && (t.dims ?? []).length === 2;
  };

  const nodes: NodeProto[] = [];
  const added: TensorProto[] = [];
  const quantizedWeights = new Set<string>();
  // One DynamicQuantizeLinear per activation, shared by the MatMuls that read it (Q, K, V).
  const quantizedActivations = new Map<string, [string, string, string]>();
  let counter = 0;
  const push = (opType: string, input: string[], output: string[], attrs: NodeProto['attribute'] = []): void => {
    nodes.push({ name: `${opType}_q${counter++}`, opType, input, output, attribute: attrs });
  };

  const quantizeInitializer = (name: string): { q: string; scale: string; zero: string } => {
    const names = { q: `${name}_quantized`, scale: `${name}_scale`, zero: `${name}_zero_point` };
    if (!quantizedWeights.has(name)) {
      const tensor = initializers.get(name)!;
      const { values, scale } = quantizeWeight(readFloatTensor(tensor));
      added.push(int8Tensor(names.q, tensor.dims!.map(Number), values));
      added.push(int8Tensor(names.zero, [], Int8Array.of(0)));
      added.push(floatTensor(names.scale, [], Float32Array.of(scale)));
      quantizedWeights.add(name);
    }
    return names;
  };

  for (const node of graph.node ?? []) {
    const [x, w] = node.input ?? [];
    if (node.opType === 'Gather' && isWeight(x) && w !== undefined) {
      // Look up int8 rows, then dequantize only the gathered ones.
      const table = quantizeInitializer(x!);
      const rows = `${node.output![0]}_int8`;
      push('Gather', [table.q, w], [rows], node.attribute ?? []);
      push('DequantizeLinear', [rows, table.scale, table.zero], [node.output![0]!]);
      continue;
    }
    if (node.opType !== 'MatMul' || x === undefined || !isWeight(w)) {
      nodes.push(node);
      continue;
    }
    let activation = quantizedActivations.get(x);
    if (!activation) {
      activation = [`${x}_quantized`, `${x}_scale`, `${x}_zero_point`];
      push('DynamicQuantizeLinear', [x], [...activation]);
      quantizedActivations.set(x, activation);
    }
    const weight = quantizeInitializer(w!);
    const [xq, xScale, xZero] = activation;
    const base = node.output![0]!;
    push('MatMulInteger', [xq, weight.q, xZero, weight.zero], [`${base}_int32`]);
    push('Cast', [`${base}_int32`], [`${base}_float`], [{ name: 'to', type: AttrType.INT, i: DataType.FLOAT }]);
    push('Mul', [xScale, weight.scale], [`${base}_scale`]);
    push('Mul', [`${base}_float`, `${base}_scale`], [base]);
  }

  const kept = (graph.initializer ?? []).filter((t) => !quantizedWeights.has(t.name!));
  return {
    ...model,
    docString: `${model.docString ?? ''} Weights dynamically quantized to int8.`.trim(),
    graph: { ...graph, node: nodes, initializer: [...kept, ...added] },
  };
}
