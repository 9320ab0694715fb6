/**
 * A minimal graph builder over the ONNX protobuf messages: named initializers, nodes with
 * generated output names, typed graph inputs/outputs, and the final ModelProto.
 */
import { AttrType, DataType, type AttributeProto, type ModelProto, type NodeProto, type TensorProto, type ValueInfoProto } from './onnx-proto';

/** Integers are INT, arrays INTS, strings STRING; floats must be wrapped as { float }. */
export type AttrValue = number | number[] | string | { float: number };
/** A symbolic (string) or fixed (number) dimension of a graph input/output. */
export type Dim = string | number;

export const OPSET = 17;
/** IR version 8 is the newest onnx-proto 8 knows and is what opset 17 asks for. */
export const IR_VERSION = 8;

/** Float32 data as raw little-endian bytes: far faster to encode than float_data. */
export function floatTensor(name: string, dims: readonly number[], data: Float32Array): TensorProto {
  return { name, dims: [...dims], dataType: DataType.FLOAT, rawData: bytesOf(data) };
}

export function int64Tensor(name: string, dims: readonly number[], values: readonly number[]): TensorProto {
  return { name, dims: [...dims], dataType: DataType.INT64, rawData: bytesOf(BigInt64Array.from(values, (v) => BigInt(v))) };
}

export function int8Tensor(name: string, dims: readonly number[], data: Int8Array): TensorProto {
  return { name, dims: [...dims], dataType: DataType.INT8, rawData: bytesOf(data) };
}

/** Raw bytes of a typed array (this code only runs on little-endian hosts, as ONNX expects). */
function bytesOf(data: Float32Array | BigInt64Array | Int8Array): Uint8Array {
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/** Reads a float initializer written by floatTensor (raw_data) or as float_data. */
export function readFloatTensor(tensor: TensorProto): Float32Array {
  if (tensor.rawData && tensor.rawData.length > 0) {
    const raw = tensor.rawData;
    // Copy when unaligned: a Float32Array view needs a 4-byte aligned offset.
    if (raw.byteOffset % 4 === 0) return new Float32Array(raw.buffer, raw.byteOffset, raw.byteLength / 4);
    return new Float32Array(raw.slice().buffer);
  }
  return Float32Array.from(tensor.floatData ?? []);
}

function attribute(name: string, value: AttrValue): AttributeProto {
  if (typeof value === 'string') return { name, type: AttrType.STRING, s: new TextEncoder().encode(value) };
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) throw new Error(`attribute ${name}: use { float } for non-integers`);
    return { name, type: AttrType.INT, i: value };
  }
  if (Array.isArray(value)) return { name, type: AttrType.INTS, ints: value };
  return { name, type: AttrType.FLOAT, f: value.float };
}

function valueInfo(name: string, elemType: number, dims: readonly Dim[]): ValueInfoProto {
  return {
    name,
    type: {
      tensorType: {
        elemType,
        shape: { dim: dims.map((d) => (typeof d === 'number' ? { dimValue: d } : { dimParam: d })) },
      },
    },
  };
}

export class GraphBuilder {
  readonly nodes: NodeProto[] = [];
  readonly initializers: TensorProto[] = [];
  private readonly inputs: ValueInfoProto[] = [];
  private readonly outputs: ValueInfoProto[] = [];
  private readonly constants = new Map<string, string>();
  private counter = 0;

  constructor(private readonly graphName: string) {}

  input(name: string, elemType: number, dims: readonly Dim[]): string {
    this.inputs.push(valueInfo(name, elemType, dims));
    return name;
  }

  output(name: string, elemType: number, dims: readonly Dim[]): void {
    this.outputs.push(valueInfo(name, elemType, dims));
  }

  initializer(tensor: TensorProto): string {
    this.initializers.push(tensor);
    return tensor.name!;
  }

  /** A float scalar or int64 vector constant, shared between nodes that use the same value. */
  floatScalar(value: number): string {
    return this.shared(`const_f_${value}`, (name) => floatTensor(name, [], Float32Array.of(value)));
  }

  int64s(values: readonly number[], dims: readonly number[] = [values.length]): string {
    return this.shared(`const_i64_${dims.join('x')}_${values.join('_')}`, (name) => int64Tensor(name, dims, values));
  }

  private shared(key: string, make: (name: string) => TensorProto): string {
    let name = this.constants.get(key);
    if (!name) {
      name = key.replace(/[^A-Za-z0-9_]/g, (c) => (c === '-' ? 'm' : 'p'));
      this.constants.set(key, name);
      this.initializer(make(name));
    }
    return name;
  }

  /**
   * Adds a node; returns its output names. `outputs` is a count (names generated from the
   * node name) or explicit names (for graph outputs).
   */
  node(opType: string, inputs: readonly string[], attrs: Record<string, AttrValue> = {}, outputs: number | readonly string[] = 1, domain = ''): string[] {
    const name = `${opType}_${this.counter++}`;
    const outNames = typeof outputs === 'number' ? Array.from({ length: outputs }, (_, i) => `${name}_out${i}`) : [...outputs];
    const node: NodeProto = {
      name,
      opType,
      input: [...inputs],
      output: outNames,
      attribute: Object.entries(attrs).map(([k, v]) => attribute(k, v)),
    };
    if (domain) node.domain = domain;
    this.nodes.push(node);
    return outNames;
  }

  /** Single-output shorthand for node(). */
  op(opType: string, inputs: readonly string[], attrs: Record<string, AttrValue> = {}, outputName?: string): string {
    return this.node(opType, inputs, attrs, outputName ? [outputName] : 1)[0]!;
  }

  model(docString: string): ModelProto {
    return {
      irVersion: IR_VERSION,
      producerName: 'clause-search generate-models',
      producerVersion: '1',
      docString,
      opsetImport: [{ domain: '', version: OPSET }],
      graph: {
        name: this.graphName,
        node: this.nodes,
        initializer: this.initializers,
        input: this.inputs,
        output: this.outputs,
      },
    };
  }
}
