/**
 * A one-node ONNX model, C = A·B, built with the model generator's own graph builder.
 * B is an initializer as the encoders' weights are, so onnxruntime packs it once at
 * session creation exactly as it packs a model's weight matrices; A is fed per run.
 */
import { floatTensor, GraphBuilder } from '../../../../../scripts/models/onnx-builder';
import { DataType, onnx } from '../../../../../scripts/models/onnx-proto';
import { Prng } from '../../../../../scripts/models/prng';

const SEED = 0x6e3d;

/** Standard normal values: no zeros or denormals, which some kernels would take a faster or slower path on. */
export function normalValues(count: number, seed = SEED): Float32Array {
  return new Prng(seed).fillNormal(new Float32Array(count), 1);
}

/** Encoded model bytes for A [m, k] (input "A") times a fixed B [k, n] (output "C"). */
export function matmulModelBytes(m: number, n: number, k: number): Uint8Array {
  const g = new GraphBuilder(`matmul_${m}x${k}x${n}`);
  const a = g.input('A', DataType.FLOAT, [m, k]);
  const b = g.initializer(floatTensor('B', [k, n], normalValues(k * n, SEED + 1)));
  g.op('MatMul', [a, b], {}, 'C');
  g.output('C', DataType.FLOAT, [m, n]);
  return onnx.ModelProto.encode(g.model(`One FP32 GEMM, ${m}×${k} by ${k}×${n}, for the bench's machine peak.`)).finish();
}
