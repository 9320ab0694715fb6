/**
 * A small seeded PRNG so generated weights are identical on every machine and run.
 * sfc32 (Chris Doty-Humphrey's "small fast counting" generator): 32-bit state words,
 * good statistical quality, and fast in JavaScript's int32 arithmetic.
 */
export class Prng {
  private a: number;
  private b: number;
  private c: number;
  private d = 1;

  constructor(seed: number) {
    this.a = 0x9e3779b9;
    this.b = 0x243f6a88;
    this.c = seed >>> 0;
    // Discard the first outputs: they still correlate with the seed.
    for (let i = 0; i < 16; i++) this.nextUint32();
  }

  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in (0, 1): never 0, so log() in the normal transform stays finite. */
  nextUnit(): number {
    return (this.nextUint32() + 0.5) / 4294967296;
  }

  /** Fills `out` with N(0, sigma²) samples (Box–Muller, both outputs used). */
  fillNormal(out: Float32Array, sigma: number): Float32Array {
    for (let i = 0; i < out.length; i += 2) {
      const r = sigma * Math.sqrt(-2 * Math.log(this.nextUnit()));
      const theta = 2 * Math.PI * this.nextUnit();
      out[i] = r * Math.cos(theta);
      if (i + 1 < out.length) out[i + 1] = r * Math.sin(theta);
    }
    return out;
  }
}

/** Derives an independent stream seed from a base seed and a label (FNV-1a over both). */
export function deriveSeed(seed: number, label: string): number {
  let h = 0x811c9dc5 ^ (seed >>> 0);
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
