import { describe, expect, it } from 'vitest';
import { estimateTokens, splitPieces } from '../../../../../src/main/engine/ingest/chunk/estimate-tokens';

describe('estimateTokens', () => {
  it('counts short words and punctuation marks as one token each', () => {
    expect(estimateTokens('')).toBe(0);
    expect(estimateTokens('The Buyer shall pay.')).toBe(5);
    expect(estimateTokens('(a) "Goods" means boxes;')).toBe(9);
  });

  it('charges long words and long numbers more, as WordPiece splits them', () => {
    expect(estimateTokens('indemnification')).toBeGreaterThan(1);
    expect(estimateTokens('12345678')).toBe(4);
    expect(estimateTokens('99')).toBe(1);
  });

  it('never counts fewer pieces than BERT splits a text into', () => {
    const text = 'Section 5.2 (Force Majeure): neither Party is liable for $1,000,000 of losses.';
    const pieces = splitPieces(text, 0, text.length);
    expect(estimateTokens(text)).toBeGreaterThanOrEqual(pieces.starts.length);
  });
});

describe('splitPieces', () => {
  it('gives the offsets of words, numbers and marks inside a range', () => {
    const text = 'xx 5.2 Force-Majeure yy';
    const p = splitPieces(text, 3, 20);
    expect(p.starts.map((s, i) => text.slice(s, p.ends[i]))).toEqual(['5', '.', '2', 'Force', '-', 'Majeure']);
  });
});
