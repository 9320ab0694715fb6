/** BERT-style random initial values, drawn in graph-building order from one seeded stream. */
import { Prng } from './prng';

/** BERT's initializer_range: N(0, 0.02²) for embeddings and dense kernels. */
export const INIT_STD = 0.02;

export class BertInit {
  private readonly prng: Prng;

  constructor(seed: number) {
    this.prng = new Prng(seed);
  }

  normal(size: number, sigma = INIT_STD): Float32Array {
    return this.prng.fillNormal(new Float32Array(size), sigma);
  }

  zeros(size: number): Float32Array {
    return new Float32Array(size);
  }

  ones(size: number): Float32Array {
    return new Float32Array(size).fill(1);
  }
}
