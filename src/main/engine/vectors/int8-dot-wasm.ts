/**
 * Dot products of one int16 query with many int8 vectors, in WebAssembly SIMD, assembled
 * here byte by byte (no compiler, no native module: it runs wherever Node or Electron does).
 * The module is generated for the padded dimension, with the inner loop fully unrolled:
 * per 8 components one v128.load8x8_s (sign-extending the int8 data to int16), one load of
 * the query, one i32x4.dot_i16x8_s and one add. A plain-JS scanner gives the same numbers
 * where WebAssembly SIMD is missing.
 */

/** Unsigned LEB128, as WebAssembly encodes sizes, indices and offsets. */
function uleb(value: number): number[] {
  const out: number[] = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value !== 0) byte |= 0x80;
    out.push(byte);
  } while (value !== 0);
  return out;
}

/** Signed LEB128 for i32.const. */
function sleb(value: number): number[] {
  const out: number[] = [];
  for (;;) {
    const byte = value & 0x7f;
    value >>= 7;
    const done = (value === 0 && (byte & 0x40) === 0) || (value === -1 && (byte & 0x40) !== 0);
    out.push(done ? byte : byte | 0x80);
    if (done) return out;
  }
}

function section(id: number, body: number[]): number[] {
  return [id, ...uleb(body.length), ...body];
}

const I32 = 0x7f;
const V128 = 0x7b;
const SIMD = 0xfd;
const get = (i: number) => [0x20, ...uleb(i)];
const set = (i: number) => [0x21, ...uleb(i)];
const tee = (i: number) => [0x22, ...uleb(i)];
const i32Const = (v: number) => [0x41, ...sleb(v)];
const I32_ADD = [0x6a];
const I32_LT_U = [0x49];
const I32_EQZ = [0x45];
const i32Store = (offset: number) => [0x36, 0x02, ...uleb(offset)];
const load8x8s = (offset: number) => [SIMD, ...uleb(0x01), 0x03, ...uleb(offset)];
const v128Load = (offset: number) => [SIMD, ...uleb(0x00), 0x04, ...uleb(offset)];
const V128_ZERO = [SIMD, ...uleb(0x0c), ...new Array<number>(16).fill(0)];
const DOT_I16X8_S = [SIMD, ...uleb(0xba)];
const I32X4_ADD = [SIMD, ...uleb(0xae)];
const extractLane = (lane: number) => [SIMD, ...uleb(0x1b), lane];

/**
 * (func (export "dots") (param data n query out)): for i in [0, n),
 * out[i] (i32) = Σ_j data[i·dim + j] (int8) × query[j] (int16), dim = 8 × blocks.
 */
function dotsModule(blocks: number): Uint8Array<ArrayBuffer> {
  const [data, n, query, out, i, acc] = [0, 1, 2, 3, 4, 5];
  const unrolled: number[] = [];
  for (let b = 0; b < blocks; b++) {
    unrolled.push(...get(acc), ...get(data), ...load8x8s(b * 8), ...get(query), ...v128Load(b * 16), ...DOT_I16X8_S, ...I32X4_ADD, ...set(acc));
  }
  const body = [
    ...uleb(2), ...uleb(1), I32, ...uleb(1), V128, // locals: i (i32), acc (v128)
    ...i32Const(0), ...set(i),
    0x02, 0x40, 0x03, 0x40, // block, loop
    ...get(i), ...get(n), ...I32_LT_U, ...I32_EQZ, 0x0d, 1, // br_if out when i >= n
    ...V128_ZERO, ...set(acc),
    ...unrolled,
    ...get(out),
    ...get(acc), ...extractLane(0), ...get(acc), ...extractLane(1), ...I32_ADD, ...get(acc), ...extractLane(2), ...I32_ADD, ...get(acc), ...extractLane(3), ...I32_ADD,
    ...i32Store(0),
    ...get(out), ...i32Const(4), ...I32_ADD, ...set(out),
    ...get(data), ...i32Const(blocks * 8), ...I32_ADD, ...set(data),
    ...get(i), ...i32Const(1), ...I32_ADD, ...tee(i), 0x1a, // i++ (tee then drop keeps it simple)
    0x0c, 0, 0x0b, 0x0b, // br loop, end loop, end block
    0x0b,
  ];
  const name = [...Buffer.from('dots')];
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [1, 0x60, 4, I32, I32, I32, I32, 0]),
    ...section(2, [1, ...uleb(3), ...Buffer.from('env'), ...uleb(6), ...Buffer.from('memory'), 0x02, 0x00, 0x01]),
    ...section(3, [1, 0]),
    ...section(7, [1, ...uleb(name.length), ...name, 0x00, 0]),
    ...section(10, [1, ...uleb(body.length), ...body]),
  ]);
}

const PAGE = 65536;

/**
 * Int8 vectors of one padded dimension kept in WebAssembly memory (or a plain array
 * without SIMD), appended and overwritten by slot, and scanned against a query.
 */
export interface Int8VectorStore {
  readonly simd: boolean;
  /** Components per vector, the dimension rounded up to a multiple of 8. */
  readonly stride: number;
  /** Makes room for `slots` vectors, keeping those stored. */
  reserve(slots: number): void;
  /** The int8 components of one slot (a view, valid until the next reserve). */
  slot(index: number): Int8Array;
  /** out[i] = data[i] · query for the first `count` slots. */
  dots(query: Int16Array, count: number, out: Int32Array): void;
}

export function createInt8VectorStore(dimension: number, allowSimd = true): Int8VectorStore {
  const stride = Math.ceil(dimension / 8) * 8;
  if (allowSimd) {
    try {
      return wasmStore(stride);
    } catch {
      // No WebAssembly SIMD here: the plain scan below gives the same numbers.
    }
  }
  return jsStore(stride);
}

function wasmStore(stride: number): Int8VectorStore {
  const memory = new WebAssembly.Memory({ initial: 1 });
  const instance = new WebAssembly.Instance(new WebAssembly.Module(dotsModule(stride / 8)), { env: { memory } });
  const dots = instance.exports.dots as (data: number, n: number, query: number, out: number) => void;
  // Layout: [query: stride int16 | pad to 16][vectors: capacity × stride int8][out: capacity int32]
  const queryBytes = Math.ceil((stride * 2) / 16) * 16;
  let capacity = 0;
  const layout = () => ({ data: queryBytes, out: queryBytes + capacity * stride });
  return {
    simd: true,
    stride,
    reserve(slots) {
      if (slots <= capacity) return;
      const next = Math.max(slots, Math.ceil(capacity * 1.5), 1024);
      const need = queryBytes + next * stride + next * 4;
      if (need > memory.buffer.byteLength) memory.grow(Math.ceil((need - memory.buffer.byteLength) / PAGE));
      capacity = next; // vectors start at a fixed offset, so growing keeps them in place
    },
    slot(index) {
      return new Int8Array(memory.buffer, layout().data + index * stride, stride);
    },
    dots(query, count, out) {
      const { data, out: outAt } = layout();
      new Int16Array(memory.buffer, 0, stride).set(query);
      dots(data, count, 0, outAt);
      out.set(new Int32Array(memory.buffer, outAt, count));
    },
  };
}

function jsStore(stride: number): Int8VectorStore {
  let data = new Int8Array(0);
  return {
    simd: false,
    stride,
    reserve(slots) {
      if (slots * stride <= data.length) return;
      const next = new Int8Array(Math.max(slots, Math.ceil((data.length / stride) * 1.5), 1024) * stride);
      next.set(data);
      data = next;
    },
    slot(index) {
      return data.subarray(index * stride, (index + 1) * stride);
    },
    dots(query, count, out) {
      for (let i = 0; i < count; i++) {
        let sum = 0;
        const base = i * stride;
        for (let j = 0; j < stride; j++) sum += data[base + j]! * query[j]!;
        out[i] = sum;
      }
    },
  };
}
