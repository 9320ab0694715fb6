import { describe, expect, it } from 'vitest';
import { bm25Corpus, queryUnits, rankBm25 } from '../../../../../src/main/engine/eval/cv/own-bm25';

describe('own BM25 (evaluation only)', () => {
  const corpus = bm25Corpus([
    { id: 'short', text: 'Royalty due quarterly.' },
    { id: 'long', text: `Royalty royalty due. ${'Other words about delivery and packaging. '.repeat(20)}` },
    { id: 'none', text: 'Notices go to the address on file.' },
  ]);

  it('matches words, their roots and equivalents, never unmatched clauses', () => {
    expect(queryUnits('indemnification clause').map((u) => ('phrase' in u ? u.phrase.join(' ') : u.word))).toEqual(['indemnification', 'hold harmless']);
    expect(rankBm25(corpus, 'royalty', ['short', 'long', 'none'], { k1: 1.2, b: 0.75 })).not.toContain('none');
  });

  it('lets b decide between a short clause and a long one that repeats the word', () => {
    expect(rankBm25(corpus, 'royalty', ['short', 'long'], { k1: 1.2, b: 1 })[0]).toBe('short');
    expect(rankBm25(corpus, 'royalty', ['short', 'long'], { k1: 1.2, b: 0 })[0]).toBe('long');
  });
});
