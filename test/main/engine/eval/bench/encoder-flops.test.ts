import { describe, expect, it } from 'vitest';
import { encoderFlops, gemmFlops, gflopsPerSecond, MINILM_SHAPE } from '../../../../../src/main/engine/eval/bench/encoder-flops';

describe('encoderFlops', () => {
  it('matches DESIGN.md: 2.9 / 6.0 / 13.3 GFLOP per MiniLM-L6-H384 window at s = 128 / 256 / 512', () => {
    expect(MINILM_SHAPE).toMatchObject({ numHiddenLayers: 6, hiddenSize: 384, intermediateSize: 1536 });
    expect((encoderFlops(128) / 1e9).toFixed(1)).toBe('2.9');
    expect((encoderFlops(256) / 1e9).toFixed(1)).toBe('6.0');
    expect((encoderFlops(512) / 1e9).toFixed(1)).toBe('13.3');
  });

  it('is L·(2·s·(4d² + 2·d·d_ff) + 4·s²·d) exactly', () => {
    expect(encoderFlops(3, { numHiddenLayers: 2, hiddenSize: 4, intermediateSize: 8 })).toBe(2 * (2 * 3 * (4 * 16 + 2 * 4 * 8) + 4 * 9 * 4));
  });

  it('gives 100 candidates of 256 tokens as the 604 GFLOP DESIGN.md quotes', () => {
    expect(Math.round((100 * encoderFlops(256)) / 1e9)).toBe(604);
  });
});

describe('GEMM arithmetic', () => {
  it('counts two FLOPs per multiply-add and converts FLOPs per ms to GFLOP/s', () => {
    expect(gemmFlops(1024, 1024, 1024)).toBe(2 * 1024 ** 3);
    expect(gflopsPerSecond(2e9, 10)).toBe(200);
    expect(gflopsPerSecond(2e9, 0)).toBeNaN();
  });
});
