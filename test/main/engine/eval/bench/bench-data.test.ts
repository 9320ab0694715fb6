import { describe, expect, it } from 'vitest';
import { cuadQuestions, distinctInOrder } from '../../../../../src/main/engine/eval/bench/bench-queries';
import { pickCorpusFiles } from '../../../../../src/main/engine/eval/bench/cuad-corpus';
import { pickPdfNames } from '../../../../../src/main/engine/eval/bench/pdf-files';
import { describeOutcomes, outcomeCounts } from '../../../../../src/main/engine/eval/bench/timed-ingest';

describe('file selection', () => {
  it('keeps PDFs of either case, drops the rest, sorts by code unit', () => {
    expect(pickPdfNames(['b.PDF', 'LICENSE.repo-MIT.txt', 'a.pdf', 'C.pdf'])).toEqual(['C.pdf', 'a.pdf', 'b.PDF']);
  });

  it('takes the first N txt files by sorted name for --quick', () => {
    const names = ['c.txt', 'a.txt', 'notes.md', 'b.txt'];
    expect(pickCorpusFiles(names)).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect(pickCorpusFiles(names, 2)).toEqual(['a.txt', 'b.txt']);
  });
});

describe('query set', () => {
  it('keeps the first occurrence of each query and drops blanks', () => {
    expect(distinctInOrder(['b', 'a', 'b', ' ', 'c', 'a'])).toEqual(['b', 'a', 'c']);
  });

  it('reads the CUAD questions and names the file on a bad record', () => {
    expect(cuadQuestions({ tests: [{ question: 'Q1?' }, { question: 'Q2?' }] }, 'f.json')).toEqual(['Q1?', 'Q2?']);
    expect(() => cuadQuestions({ tests: [{ query: 'x' }] }, 'f.json')).toThrow('f.json: test 1 lacks a string "question".');
    expect(() => cuadQuestions([], 'f.json')).toThrow('f.json has no "tests" array.');
  });
});

describe('outcome counts', () => {
  it('counts outcomes with keys in a stable order', () => {
    const counts = outcomeCounts([{ outcome: 'ingested' }, { outcome: 'duplicate' }, { outcome: 'ingested' }]);
    expect(Object.keys(counts)).toEqual(['duplicate', 'ingested']);
    expect(describeOutcomes(counts)).toBe('1 duplicate, 2 ingested');
  });
});
