import { describe, expect, it } from 'vitest';
import { planWindows, queryTokenLimit, windowSize } from '../../../../../src/main/engine/search/rerank/token-windows';
import { FakeTokenizer, filler } from './fake-models';

const tokenizer = new FakeTokenizer();

describe('window size', () => {
  it('is maxLength minus the query minus [CLS] and two [SEP]', () => {
    expect(windowSize(512, 64)).toBe(445);
    expect(windowSize(512, 8)).toBe(501);
  });

  it('caps the query at 64 tokens, and at half the room for tiny models', () => {
    expect(queryTokenLimit(512)).toBe(64);
    expect(queryTokenLimit(512, 16)).toBe(16);
    expect(queryTokenLimit(32)).toBe(14);
    expect(() => queryTokenLimit(4)).toThrow(/no room/);
  });
});

describe('planWindows', () => {
  const text = filler(100);
  const tokens = tokenizer.tokenize(text);

  it('covers every token with windows of at most W, neighbours sharing the overlap', () => {
    const windows = planWindows(tokens, 30, 8);
    expect(windows.map((w) => [w.tokenStart, w.tokenEnd])).toEqual([
      [0, 30],
      [22, 52],
      [44, 74],
      [66, 96],
      [70, 100],
    ]);
    const covered = new Set<number>();
    for (const w of windows) {
      expect(w.tokenEnd - w.tokenStart).toBeLessThanOrEqual(30);
      for (let t = w.tokenStart; t < w.tokenEnd; t++) covered.add(t);
    }
    expect(covered.size).toBe(100);
    for (let i = 1; i < windows.length - 1; i++) expect(windows[i - 1].tokenEnd - windows[i].tokenStart).toBe(8);
    // The last window ends at the clause's end and is full-size, so it overlaps more.
    expect(windows.at(-1)!.tokenEnd - windows.at(-2)!.tokenEnd).toBeLessThanOrEqual(30 - 8);
  });

  it('gives each window the character span of its tokens in the clause text', () => {
    const windows = planWindows(tokens, 30, 8);
    for (const w of windows) {
      expect(text.slice(w.charStart, w.charEnd)).toBe(filler(100).split(' ').slice(w.tokenStart, w.tokenEnd).join(' '));
    }
    expect(windows[0].charStart).toBe(0);
    expect(windows.at(-1)!.charEnd).toBe(text.length);
  });

  it('makes a clause of at most W tokens one window, the empty clause included', () => {
    expect(planWindows(tokens, 100, 8)).toEqual([{ tokenStart: 0, tokenEnd: 100, charStart: 0, charEnd: text.length }]);
    expect(planWindows(tokenizer.tokenize('  '), 30)).toEqual([{ tokenStart: 0, tokenEnd: 0, charStart: 0, charEnd: 0 }]);
  });

  it('clamps an overlap of W or more so windows still advance', () => {
    const windows = planWindows(tokens, 30, 500);
    expect(windows.length).toBeLessThan(10);
    expect(windows.at(-1)!.tokenEnd).toBe(100);
  });
});
