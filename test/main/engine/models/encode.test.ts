import { describe, expect, it } from 'vitest';
import { basicWords } from '../../../../src/main/engine/models/basic-words';
import { encodePairs, encodeSingles, pairKeep } from '../../../../src/main/engine/models/encode';
import { lengthBatches } from '../../../../src/main/engine/models/length-batches';

const SPECIAL = { clsId: 101, sepId: 102, padId: 0 };
const rows = (data: BigInt64Array, seqLen: number) =>
  Array.from({ length: data.length / seqLen }, (_, r) => Array.from(data.subarray(r * seqLen, (r + 1) * seqLen), Number));

describe('basicWords', () => {
  const words = (text: string) => basicWords(text).map((w) => w.text);

  it('splits on whitespace and makes each punctuation mark a word', () => {
    expect(words('Section 4.2(b): fees')).toEqual(['Section', '4', '.', '2', '(', 'b', ')', ':', 'fees']);
    expect(words('$1,000 + 5%')).toEqual(['$', '1', ',', '000', '+', '5', '%']);
  });

  it('makes each CJK ideograph a word', () => {
    expect(words('第三条abc')).toEqual(['第', '三', '条', 'abc']);
  });

  it('joins across characters the normalizer deletes (soft hyphen, form feed)', () => {
    expect(words('con\u00adtract page\fbreak')).toEqual(['con\u00adtract', 'page\fbreak']);
  });

  it('keeps spans into the original text, surrogate pairs included', () => {
    const text = ' a😀b  “c” ';
    for (const w of basicWords(text)) expect(text.slice(w.start, w.end)).toBe(w.text);
    expect(words(text)).toEqual(['a😀b', '“', 'c', '”']);
  });
});

describe('encodeSingles', () => {
  it('wraps each text in [CLS] … [SEP], pads to the longest and masks the padding', () => {
    const batch = encodeSingles([[5, 6, 7], [8]], 16, SPECIAL);
    expect([batch.batch, batch.seqLen]).toEqual([2, 5]);
    expect(rows(batch.inputIds, 5)).toEqual([[101, 5, 6, 7, 102], [101, 8, 102, 0, 0]]);
    expect(rows(batch.attentionMask, 5)).toEqual([[1, 1, 1, 1, 1], [1, 1, 1, 0, 0]]);
    expect(rows(batch.tokenTypeIds, 5)).toEqual([[0, 0, 0, 0, 0], [0, 0, 0, 0, 0]]);
  });

  it('cuts a text to maxLength including the special tokens', () => {
    const batch = encodeSingles([[1, 2, 3, 4, 5, 6]], 4, SPECIAL);
    expect(rows(batch.inputIds, batch.seqLen)).toEqual([[101, 1, 2, 102]]);
  });

  it('refuses a maxLength with no room for the special tokens', () => {
    expect(() => encodeSingles([[1]], 1, SPECIAL)).toThrow(RangeError);
    expect(() => encodePairs([{ a: [1], b: [2] }], 2, SPECIAL)).toThrow(RangeError);
  });
});

describe('encodePairs', () => {
  it('builds [CLS] a [SEP] b [SEP] with token type 1 for b and its [SEP]', () => {
    const batch = encodePairs([{ a: [5, 6], b: [7, 8, 9] }, { a: [5], b: [7] }], 32, SPECIAL);
    expect(rows(batch.inputIds, batch.seqLen)).toEqual([[101, 5, 6, 102, 7, 8, 9, 102], [101, 5, 102, 7, 102, 0, 0, 0]]);
    expect(rows(batch.tokenTypeIds, batch.seqLen)).toEqual([[0, 0, 0, 0, 1, 1, 1, 1], [0, 0, 0, 1, 1, 0, 0, 0]]);
    expect(rows(batch.attentionMask, batch.seqLen)[1]).toEqual([1, 1, 1, 1, 1, 0, 0, 0]);
  });

  it('cuts the passage, not a short query', () => {
    const a = [1, 2, 3];
    const b = Array.from({ length: 100 }, (_, i) => 1000 + i);
    const batch = encodePairs([{ a, b }], 16, SPECIAL);
    const ids = rows(batch.inputIds, batch.seqLen)[0]!;
    expect(ids).toHaveLength(16);
    expect(ids.slice(0, 5)).toEqual([101, 1, 2, 3, 102]);
    expect(ids.slice(5, 15)).toEqual(b.slice(0, 10));
    expect(ids[15]).toBe(102);
  });

  it('keeps what Hugging Face longest_first keeps', () => {
    // The reference: drop one token at a time from the longer segment, from b on a tie.
    const reference = (la: number, lb: number, budget: number): [number, number] => {
      while (la + lb > budget) if (la > lb) la--; else lb--;
      return [la, lb];
    };
    for (let la = 0; la <= 12; la++) {
      for (let lb = 0; lb <= 12; lb++) {
        for (let budget = 0; budget <= 20; budget++) expect(pairKeep(la, lb, budget), `${la},${lb},${budget}`).toEqual(reference(la, lb, budget));
      }
    }
  });
});

describe('lengthBatches', () => {
  it('groups indices of similar length, longest first, each index once', () => {
    const batches = lengthBatches([3, 10, 1, 9, 2], 2);
    expect(batches).toEqual([[1, 3], [0, 4], [2]]);
  });

  it('refuses a batch size below 1', () => {
    expect(() => lengthBatches([1], 0)).toThrow(RangeError);
  });
});
